/**
 * Signs, read in what the resident said earlier, that make a later message about the body mean more:
 * after a medicine or a household poison is named, "I keep being sick" is poisoning; after a flame
 * the wrong colour or an alarm by the boiler, "I've come over all peculiar" is carbon monoxide.
 */

/**
 * A medicine (by kind, or by a generic name's ending: amitriptyline, zopiclone, digoxin) or a household
 * poison named (caller re-trial 15b: tramadol, insulin, heart pills; caller trial 16: amitriptyline,
 * digoxin, zopiclone, a pill organiser, bleach, a button battery, the car's screenwash).
 */
export const medicineOrPoisonTold =
  /\b(?:pills?|tablets?|meds|medication|medicine|insulin|painkillers?|tramadol|co ?codamol|paracetamol|codeine|diazepam|ibuprofen|aspirin|warfarin|lithium|digoxin|sertraline|methadone|morphine|sleeping (?:pills|tablets)|anti ?depressants?|pill (?:organi[sz]er|box)|dosette|\w+(?:adol|azepam|olam|iclone|xetine|faxine|triptyline|apine|olol|azole|statin|oxin|codone|balin|entin|opram)|bleach|(?:washing|laundry|dishwasher) (?:pods?|tablets?|capsules?|liquid)|button batter(?:y|ies)|anti ?freeze|screen ?wash|car (?:liquid|fluid)|de ?icer|drain cleaner|oven cleaner|weed ?killer|rat poison|slug pellets?|white spirit|(?:blue|green|pink|purple) (?:bottle|liquid|stuff|drink)|bottle (?:in|from|out of) (?:the )?(?:garage|shed|cupboard))\b/i;

/**
 * A gas appliance burning wrong, soot, a carbon monoxide alarm going off, or fuel burnt indoors (caller trial 16: an orange flame, an
 * alarm by the boiler with its battery pulled; caller trial 17: a wood burner blowing smoke back, a bottled-gas heater in a bedroom).
 */
export const fumesTold =
  /\b(?:carbon monoxide|monoxide|co alarm|(?:gas|calor|paraffin|bottled gas|bottle gas|portable) heaters?|(?:calor|bottled|bottle) gas|water heaters?|(?:wood|log) ?burners?|smoke (?:\w+ ){0,2}(?:back|blowing back|into the (?:room|lounge|house|flat))|(?:flames?|burning|burns) (?:is |are |has gone |have gone |gone |a )?(?:\w+ ){0,2}(?:orange|orangey|yellow|yellowy)|soot\w*|black (?:marks?|staining) (?:on|round|around|above)|alarm (?:\w+ ){0,3}(?:by|near|next to|above) (?:the |my |our )?(?:boiler|gas fire|heater|cooker)|fumes|charcoal|barbecue|bbq|brazier|mangal|coal fire)\b/i;
