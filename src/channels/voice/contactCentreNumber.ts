import { parsePhoneNumberWithError } from 'libphonenumber-js';
import type { CouncilProfile } from '../../profile/councilProfile.js';

/** The number a call is put through to, in the E.164 form <Dial> needs ("01632 960001" → "+441632960001"). */
export const contactCentreNumber = (profile: CouncilProfile): string =>
  parsePhoneNumberWithError(profile.council.contactCentrePhone ?? profile.council.phone, 'GB').number;
