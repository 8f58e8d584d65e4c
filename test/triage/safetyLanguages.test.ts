import { describe, expect, it } from 'vitest';
import { assessSafety } from '../../src/triage/safety.js';

/**
 * The taxonomy's emergencies and the disclosures told about someone else, in the council's ten
 * community languages. Each message was written for this table from the emergency list and the
 * safeguarding categories; none is taken from the dev set or the corpus.
 */
const emergencies: [string, string, string][] = [
  ['Lithuanian gas', 'Laiptinėje labai kvepia dujomis, ką daryti?', 'gas'],
  ['Somali gas', 'Gaaska ayaa ka soo uraya jikada, maxaan sameeyaa', 'gas'],
  ['Lithuanian fire', 'Kaimyno bute gaisras, laiptinėje pilna dūmų', 'fire'],
  ['Somali homeless tonight', 'Guriga naga saaray, caawa meel aan seexanno ma hayno', 'homeless-tonight'],
  ['Polish sparking socket', 'Kontakt w kuchni iskrzy i czuć spaleniznę', 'electrical-hazard'],
  ['Spanish electric shock', 'Me dio la corriente la lavadora y todavía me tiembla la mano', 'electrical-hazard'],
  ['Punjabi (romanised) shock', 'switch nu hath laaya te current lagg gaya', 'electrical-hazard'],
  ['Bengali sparks', 'সকেট থেকে স্ফুলিঙ্গ বের হচ্ছে', 'electrical-hazard'],
  ['Romanian water through the light', 'Curge apa prin becul din hol', 'water-electrics'],
  ['Arabic water through the light', 'الماء ينزل من المصباح في المطبخ', 'water-electrics'],
  ['Portuguese no heating, a baby', 'Estamos sem aquecimento há três dias e tenho um bebé de dois meses', 'no-heat-vulnerable'],
  ['Urdu (romanised) no heating, elderly', 'heating band hai aur ammi 82 saal ki hain', 'no-heat-vulnerable'],
  ['Lithuanian no heating, sick mother', 'Nėra šildymo, mama serga', 'no-heat-vulnerable'],
  ['Spanish break-in, door will not close', 'Anoche forzaron la puerta y ahora no se puede cerrar', 'insecure-home'],
  ['Arabic break-in, door will not lock', 'دخل لصوص البيت والباب ما يقفل الآن', 'insecure-home'],
  ['Polish sewage', 'Ścieki wybijają z wanny na podłogę', 'sewage'],
  ['Portuguese ceiling down', 'O teto da sala caiu agora mesmo', 'structural'],
  ['Punjabi ceiling down', 'ਰਸੋਈ ਦੀ ਛੱਤ ਡਿੱਗ ਪਈ ਹੈ', 'structural'],
];

const disclosures: [string, string, string][] = [
  ['Portuguese: he beats her', 'o marido da minha vizinha bate nela todas as noites', 'domestic-abuse'],
  ['Spanish: locked in', 'mi pareja me deja encerrada cuando se va', 'domestic-abuse'],
  ['Arabic: he beats her', 'زوج أختي يضربها كل يوم', 'domestic-abuse'],
  ['Bengali: raises his hand to me', 'আমার স্বামী আমার গায়ে হাত তোলে', 'domestic-abuse'],
  ['Spanish: she cuts herself', 'mi hija se corta los brazos', 'self-harm'],
  ['Lithuanian: no reason to live', 'nebematau prasmės gyventi', 'self-harm'],
  ['Romanian: to end it all', 'm-am gândit să termin cu toate', 'self-harm'],
];

/** The same words in harmless messages: no flag. */
const harmless: [string, string][] = [
  ['Spanish, a door that sticks', 'la puerta del armario no cierra bien, ¿pueden arreglarla?'],
  ['Portuguese, a heating question', 'quando é que o aquecimento vai ser revisto?'],
  ['Polish, a light bulb', 'w łazience nie działa światło, trzeba wymienić żarówkę'],
  ['Lithuanian, a bin', 'nebuvo išvežtos šiukšlės, kada atvažiuos?'],
  ['Somali, a council tax question', 'Sidee baan u bixiyaa canshuurta guriga?'],
  ['Romanian, a parcel', 'am primit o scrisoare despre taxa pe casă'],
  // Something dated long ago, with nothing saying it is back.
  ['Polish, a fire years ago', 'Trzy lata temu mieliśmy pożar w kuchni, teraz potrzebuję kopii protokołu dla ubezpieczyciela'],
  ['Romanian, a flood last year', 'Anul trecut am avut o inundație în baie, vreau să știu dacă au verificat țevile'],
  ['Lithuanian, gas smelt last year', 'Pernai kvepėjo dujomis laiptinėje, ar tikrinate vamzdžius kasmet?'],
  ['Urdu (romanised), a fire last year', 'pichle saal kitchen mein aag lagi thi, us ka insurance letter chahiye'],
  ['Arabic, a fire last year', 'العام الماضي كان عندنا حريق صغير في المطبخ، أريد رسالة للتأمين'],
  ['Spanish, abuse years ago', 'Hace muchos años mi ex me pegaba, ahora vivo sola y quiero cambiar el nombre en el council tax'],
];

/** Dated long ago and then said to go on, or "for years" (Spanish and Portuguese "hace/há años que"): still a concern. */
const stillGoingOn: [string, string][] = [
  ['Polish, hit years ago and again today', 'Dwa lata temu mąż mnie pobił, a dzisiaj znowu mnie uderzył'],
  ['Spanish, for years he has hit me', 'Hace años que mi marido me pega'],
  ['Portuguese, for years he has hit me', 'Há anos que o meu marido me bate'],
  ['Romanian, gas last year and again', 'Anul trecut a mirosit a gaz și azi miroase iar în bucătărie'],
];

describe('safety in the community languages', () => {
  it.each(emergencies)('%s is an emergency', (_, text, kind) => {
    expect(assessSafety(text).emergency).toBe(kind);
  });

  it.each(disclosures)('%s is a disclosure', (_, text, flag) => {
    expect(assessSafety(text).safeguarding).toBe(flag);
  });

  it.each(stillGoingOn)('%s is still flagged', (_, text) => {
    const safety = assessSafety(text);
    expect(safety.emergency ?? safety.safeguarding).not.toBeNull();
  });

  it.each(harmless)('%s is not flagged', (_, text) => {
    const safety = assessSafety(text);
    expect([safety.emergency, safety.safeguarding]).toEqual([null, null]);
  });
});
