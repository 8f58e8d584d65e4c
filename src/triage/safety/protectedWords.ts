/**
 * Real English words one edit away from a rule word, which typo correction must leave alone
 * ("parking" is not "sparking", "sitting" is not "hitting", "food" is not "flood"). Generated from the British and
 * American word lists (Debian's wbritish/wamerican) against the rules' vocabulary, the
 * other-language rules included ("query" is not "quero"): regenerate after adding rule words of
 * five letters or more. A word whose correction only adds or drops an ending is left out on
 * purpose, since correcting it keeps its meaning.
 */
const words = `
abase abased abasement abases abasing abetter aboard abort abound abuser abusers abut acing acres activates
adder adore advise advised advises advisory advisorys affluent ages aground aiding ailed ailing aired airing
alder alights alike aline alines allays alloyed alls aloe along alright alter amuse amused amuses amusing
anger angle ants anuses apace apart apathetic aped apiece aping apter aqua arching arcking ardor arent ares
aright arising arks armed arming arrives asexually ashed ashing askew asleep asocial assaulter aster atone
attach attached attaching attacker aught aunts aura automates babbling babes babied babier back backer bagging
bailed bailing baked bakes baking baldly balked balking balling balls bamboo banding bands bandy bane banging
banked bankers banking bantered banters bard bards barer bares baring barked barking barks bartered barters
bases bashed bashing basked basking baste basted batch batching bated bates bather bathers bating bats
battened battens batter battery batterys battle battles baying bays beach beaded beading beads beady beak
beaked beaks beaming beams beaning beans beard bearing bears beast beasts beater beaters beaus became bedside
beech beefed beefing beefs beeper beers bees beets beggar belch bellied bellies bellow bellowing bellying
belted belting belts bending bents bequest berating bested besting bests betas betide bets betted bettered
betters betting bettor bevels biddies biding bigger bight bights biles billed billies billing bills binged
binges binging birch bitter bitters blacked blacking blame blames blaming blank blanked blanker blankest blare
blares blaster blats blazing bleak bleating bleats bleep bleeped bleeps blench blending blight blights blind
bling blocked blocking blocks blocs blood blooded blooding bloods blowing blows boars boated boating boats
bobbed bobbling boding boiled boink bolted bond boney boning bonny boobed booed booing booked booking books
boomed booms boors boosted bootee booty boozed bopping boring borons botch bother bough boughs bounded
bounding bounty bout bower bowler bowling boxing bragged braid braining brains braised braises brake braking
bran brans brash brats brawn breach breaching bread breading breadth breaths breathy breeding breezing bricks
bright brightened brightens bring bringing brink broiler broker broom brooms brothel brought brows bruin
bruiser bruisers brunch brunt brushing bubble bucked bucking budging bugged buggier bugging bugled bugler
bugling bulking bulks bulled bulling bullring bulls bumbling bumping bunched bunches bunching bunging bungled
bungs bunt bunted bunts buoying burbled burbling burger burglarys burgles buried burns burped burping burred
burring burying bused buses bushed bushes bushing busied busing bussed bust buster bustled busying butch
butted butter buttered butters butting cable cabled caching cackling cadres cads caged cages caging caked
cakes caking calking calling calls calve calved calving cancel caned canes caning canker cankers canter
canting cants caped caper capers capes carboy carbs cared career careers caress caret carets caries caring
carped carpel carpels carps carriage carton carts carved carver carvers carves carving cased casement cases
cash cashed cashing casing caste cater caters cats catting caves cawed cawing censor censors center cents
cervices chaired chanced chancing changes chanted chanting charged charges charging charier charmed charmer
charming charted charter charting chats cheater cheaters cheating checked checking cheeks chick chicks chid
chiding childlike chile chiles chili chilis chill chills chink chinking chock chocked chocking chocks choker
chokers chores chose chowed chowing chuckled chuckling chucks cinches cinema circled circlet circlets clack
clanged clanging clapped clapping claps claret clarets clash clashed clashing cleave cleaves cleaving clink
cloches clock clocked clocking clocks clone cloned closer closes closet clothed cloths clove clown cloyed
clucked clucking coals coast coasts cocked cocking cocks codas codger coding coffers cohered coiled coiling
coke coked cokes coking cold collar colts combing combo combs commuter computed computes concert concerted
concerts confuser confuses confuted conned consed consumed consumes contract controller contused cooing cooked
cooking cooks cooler cooling cooper cooping coots copping copying cords core cores coring corked corking corks
corning costs cots couch couched cough country counts coupe coveted cower cowered cowing crabbed crabs
cracking cracks cranny crapes crapped crashes crass craved craving creak creaking creaming creeks crew cricks
cried cringing crown crowns cruelly cruised cruises crush crushed crushing culled cults cunning curds cure
curer cures curie curry currying curse curst curtails curve cuts dafter dagger dairy daisy dally damages
dancer dander danker dares darks dashed dashing dates dating dawn dearly dears dearth deaves decks deeding
deeds deemed deems deeps defector defectors defuses deport depth deter dialing dices dicky dickys diddle dills
dines dinged dinging dink dipped dipper dipping dips dirks dirts disables disks dissed disses dissing ditch
ditty diver diving docked docket dockets docking docks dodger doers doily doing doming done donors dooms
doping dormer dormice douched dough dour douse dousing drabs drags drain draining drank draped drapes draping
drawl draws dreading dregs drench dried dries drily dripped dropping drops dropsy drown drowse drubs drugged
drums drunk drying ducked ducking ducks dulled dumber dumping dungs dunning dusted dying early earning ears
eases easing eaten eater eaters eats eave eaves echo eery eight eights elating electrocutes ember emergence
emergences emery enable enduing ensure escalates escapee escapes espouse ether ewer ewers exit exits explodes
exploiter explored exposes eying fabled fables faces factual fagging fail failing fakes faking fallowed
fallowing fallows falls fame fames farce farces fares faring farmed farming farther fates fating fatter fears
feather feats feeds feeling fees feinting felled felling fellow fellows fells felted felting fences fending
fests fetter feuding fever fewer fezes fibres fickle fiddle fiend fiends fifes fifth fight fights filch filed
files filing filler fillet fills filmed filming finance finches fines fining fired fireman firming firms firs
firth fitting fiver fives fixes fixing fizzling fizzy flack flail flailed flakes flambes flame flamed flamer
flamers flapped flapping flaps flares flaring flawing fleecing fleeting fleshing flexing flight flights flock
flocked flocking flocks flooder floored flooring flour flours flown flumes flushing flying fobbed foiled foist
foists folding fonder font food foods fooling footed forces forded fore foremen fores forge forged forked
forking formal formed forte forth fought found founded founding founds fours fracking fracks frames freak
freaking freeing fried fries fright frighting fringing frizzing frond frost frown frowsy frying fucker fulled
fulling fumed fums fungous funked funking fuses fusing fuzes fuzzing gabbed gables gabs gages gagging gaily
gain gaining gales galling galls games gander ganging gaped gapes gaping garbs gashed gashes gashing gashs
gasps gassed gasses gates gather gating gazes gears geeks genera gent gentlemen gentry germinal gibes gibing
gills gilts girds girts gists gives glade glares glaring glassy glaze glistening gloom glowing goads goats
gobbed gong goodbys gooks goose goring gotten grabber grads grail grain grains grainy grams grand granddad
grands grange grant grants grapes grass grassy grays great grins gripped gripping grips groans grooms grooved
grotto ground grown grubbed grubs gulled gullies gunning gurgled gushed gushes gusted gusting gutting guying
hacked hacking hailed hailing hakes halfway haling hallowed halls halving hammed hamming handing handsful
hanged hanger hangover hankers harden harder hared hares haring harked harking harks harped harping harry
harrying hart harts hashed hashing haste hasty hatch hatching hater haters hates hating hatters hatting hawing
haying hazing header headers heading heady healed healer healers healing heaped heaping heard hearer hearers
hearing hears hearth heat heated heath heather heathers heats heave heaved heaves heaving hecks heeded heeding
heeds hefting heir herded hewer hewers hick hicks hieing hiking hillocks hills hing hinged hinging hings
hinting hipped hipper hipping hired hires hiring hisss hitch hiving hoard hock hocked hocking hocks hoes hogan
hoist hoists hole holing hollowing hollows homebody homing hone hones honey honked hooding hooked hooker
hooking hooks hoot hooted hopelessness hoping hopping hording horse horsing hose hosing hospitalises
hospitalizes hosted hotel hotlink hound hounded hounding hounds hovered hulled humane humping hunch hunched
hunches hunching hunting hunts hurling hurls hurtling hushed hushes hushing huts hying idioms ills inched
inchs injures insure insured intel intrudes inundate inured itch itches jacked jacket jacking jailed jailing
japed japes japing jeeps jests jetting jimmied jiving jobbed jocks joint joints joust jousts jumping jutting
keels keens keeping kelps kicker kicky kiddoes killed kills kilning kinked kinking kinks kipper kissed kisses
kissing knacks knight knocker kooks lace lack lacked lacking lacks lade lading lads lagging lakes lames lancer
lancing lander lanes lapped lapping laps larch larder larding lards larks lases lashed lashing latching later
lath lather latters lauding laughter laying laze leaded leading leads leafed leafing leafs leaky leaned
leaning leans leaped leaping leaps leas lease leased leases leasing leaved leavens leaving ledger leeks lefts
lending lept letter letting levees lever levers licked licking licks liens lifes lighters lighting likes
liking lilts limes liming lined linen linens liner liners linger lining link links linted lints lists lived
liven livens liver livers lives loafs loams loans loaves lobbed locker locket lockets locus lodged lodges
lofts logger lone loner longed longs looked looks loomed looming looms loons looped looping loops loosing
looted looting loots loping lopping lords lorry lose lotto louse loved loves loving lower lowing lucked
lucking lucks lucky lugs lulled lumber lumping lunch lunched lunches lunching lunge lunges lushes lusted maces
madly mail mailed mailing makes making mall malls malted malting managed manages manes manger manna mantes
mares marina marry marrying mars marts mashed mashing masked masks massed match matching mated maths mating
mats mattered matters mattes matts maxes mazes meats meddle medial meeting melded melding mellow melt mending
meted meteor metes meting metre middies mights mikes milds miler milers milfs milks milled milling mills mils
mimes mince mines minuets minuses minuted minuter mired mires miring misdo missed misses missing missive
mister miter mixes moaning moats mobbed mocked mocking mocks moire moist molar mold molding moles molted
molting monger monkey mooed mooning moons moors moose mooted moped moping moppets mopping moral moray morns
mortar mosey motes moth moths mottle mottles motto mould moult mound mounded mounding mounds mourning mouse
mousing mouth mouths mover moves mowed mower mowing mucked mucking muddle mugger mules mulled munch munched
munches munching mungs murks mushed mushes mushing musing muter mutes nagging nailed nailing nanny napes
napped narks natty naught nearby nears neater neath neatly needing needy neer neighbor neighbors nerds nests
netter netting newer niceties niches nicked nicking nickle nicks niece nieces nighties nights nines nipped
nippier nipping none nooks noons noose north noshing notching noting notional nought nuder numbed nutting
oaken oases oats ocher odors offices offing oiled oiling olive olives omen order otter ouch ought ousted
outrage outrages outsize overdoes overdone overdoses oversight owing pace paced packaged packer packet packing
pages paining paint painting palace paling palled palling palls pander pandering panting pants pares park
parked parking parks parry parrying parsed parses parson part parted parties parts partys passel passer passes
passing passive paste pasted pastes pasty patch patching patents pates pattered patters paunches paused paved
paving pavings peace peak peaked peaking peaks pealing pearly pears pease peats pecked peeking peeks peeped
peeping peeps pelted pelting pend pending pensioned pepping pestle pests petards peter petrifies petting
phoneys phonies phony phonys picked picket picking pickle picks piddle pieced pied pieing pierce pierces pies
piing pikes piking pilaster piles pilled pilling pillowing pimping pinched pinches pinching pines pinged
pinging pining pint piped piper pipers piping pipped pipping pips pissed pisses pitch pits pitting pizza
placket plaice plane planter plate platter plied plight plights plopping plowing plumping plums plus pluss
plying pocked pocket pockets pocking pocks poised poisoner poker polar policy poling polite polled polling
polls ponder pondering ponds pone pones poohing pooping popes pored pores poring poser possible pouch pouched
pound pounded pounding pouted pouting pouts powder praised prates prawn praying prescribes presets prevents
priced prices prickle pride prided pries primed print prises prising prized probable profane projection prone
propel properly propping proscribed prose prosper provably prying pugs puller pullet pulley pulls pulped
pulping pulsed punch punchs punning punts puppets pupping purge purled pusher pushers pushs pusses putting
query rabble rabies raced races racing racked racket racking racks rafter raged rages ragged ragging raging
raiding rail railed railing rains raising raked rakes raking rally range ranger ranging rankle ranting rants
rapid rapine rapped rapping raps rared rarer rares raring rash rasped rasping rated rates rather rating ratio
rational raved raves raving ravings razed razes razing reads readying realty reaming reaped reaping rearing
rears rebuses reeds reedy reefing reefs reeling reels reeving reffing refuges refuse refused refute refutes
regally regarded regards reining remand rending resents reside resort rests retort returnee reuses revels
revery rewarded rewards ribbed ricing ricked ricking ricks riddle ridging riding rigging righting rights riles
riling rills riming ringed rink rinsing ripper ripping rippled rips risking riven river roads roams robber
robed rocked rocket rockets rocking rocks roiled roles roman roods roofs rooked rooking rooks roomed roomy
root rooted roots roped ropes roping rotted rotund rouge rounded rounding rouse rousing roved rower rowing
rubbed rubes ruble rubles rues rugs ruining ruled ruler rulers rumble runes rungs runts ruses rushed rushes
rusted rusting rutting sables sack sacked sacking sacks sacred sadly safely sages sailed sailing sakes salved
salving sander sanding sapped sapping saps sassed sassy sated sates sating saved saver saves saving sawed
sawing saying sayings scabbed scaled scales scammer scare scarfed scarfs scarred scars scarves scone scoot
scoping scorcher scorches scored scores scotch scotched scotching scouting scouts scrammed scuff scummed
sealers sealing seals seamed seams seared sears season seating seats securer secures seeded seeding seeds
seeing seeking seeks seeming seep seeped seeps seer seers sees seizes sell selling sells send sending senior
seniors senna sensory sentry serer serviced servile setter setting sever severs sewed sexist shack shacks
shades shading shagging shaker shakers shales shall shames shaming shammed shapes shaping share shared shares
sharing shark sharked sharking sharks shaved shaven shaves shaving shavings sheep sheering sheets shell
shelled shelling shells shes shies shill shilling shine shire shits shitting shlock shocker shoed shoeing
shone shooed shooing shook shoon shoos shooting shoots shopped shopping shops shored shores shoring short
shorting shorts shot shots shout shove shovel shovels shoving showed showier shows shrew shuck shucked
shucking shucks shuts sicked sicking sickly sicks siding sifter sight sighting sights signed sill sills sine
sing singer singes singing singled sink sinking sinks sinned sipped sipping sired sires siring site sits
sitter sitting sittings sized skeets skewer skewers skill skipping skits slabbed slabs slack slacked slacking
slacks slags slaked slakes slaking slammed slams slashed slashing slats slaved slaving slaws slaying slays
sleek sleeking sleet sleeting sleets slicking slight slights slink slinking slinks slipped slipping slips slit
slits sloes slopped slopping slops slower slowing slugs smack smacker smalls smart smarted smashes smelted
smelting smelts smiled smiles smite smock smocked smocking smocks smoker smokes smote smother snack snacked
snacking snacks snagging snaked snakes snaking snapper snapping snaps snare snared snares snark snarks sneak
sneaking sneering snipped snitch snitches snits snoot snooty snores snouts snowing snuck snuff soaped soaping
soaps soared soaring sobbed sock socked socking socks sodas softy sole soled sonar sonny sooth soots sopped
sopping sores sorry sough sought soul sound sounder sounds soured souring sours souse sousing sower sowers
sowing spacy spade spake spammed spank spanked spanking spanks spare spared spares sparing sparkled sparkling
sparred sparring spars spat spate spats spaying spear spearing speck specking sped speed spell spelled
spelling spells spelt spent spice spieling spies spill spills spilt spins spires spite spites splat splaying
splint splits spoiled spoke spokes spooling spored sport sporting sports spots spouting spouts sprang sprat
spring spurning spurring spurt squire stabled stacked stacking stacks stage staging stains stake staked stakes
staking stale staled stales staling stalk stalker stall stalled stalling stalls stanch stank stared stares
staring stark starling starred starring stars starter starting startled starve starves stashed stat state
stated stating stave staved staving steads steak steaks steaming steams steeling steels steep steeping stems
stepmom stepped stepping sterling stick sticks stiff stile stilling stilt sting stinging stings stint stinting
stints stirs stitch stitches stock stocked stocking stocks stoke stoked stoking stomped stomping stony stooped
stooping stopgap stopper store stores stouts stoves stowing straggled straggles straggling strain stranding
strangler stranglers strapped strata straying streaming strew strike stripped stripping strobe strode stropped
stropping strove struck strung stubbed stuff stunk style suck sucked sucking suckle suing suite suits sullied
sullies sullying sunder sunlit sunning supple suppler supplied supplies surfed surge surging sushi swabbed
swagging swapped swapping swaps swashed swashing swatch swatches swats swaying sweats sweep sweeping sweeps
swell swelled swelling swells swept swill swilling switched switcher switchs swopped swopping swore tabbed
tables tack tacked tacking tacks tagging tailed tailing tainting taker takers tales talked talks tames taming
tanager tango tankers tanking taped tapes taping tapped tare tared tares taring tarry tarrying tart tasked
tasking taste tasty tats tattered tatters taught taxes taxing teaks teals tears teat teats techno techs teemed
teems teenaged tending tension tensor tensors tents terns testes testis testy texts thank thanking thats
theater theaters thee theme these theyre thine thinks thinning thins thong thongs thorough though thread
threads three throat throats throb throbs throe throes throw thunk tick ticked ticking tickle ticks tided
tiding tight tights tikes tiled tiles tiling till tilled tilling tills timed tines ting tinged tinges tinging
tings tins tipped tipper tipping tires tiring tiros tittle tizzy toads toady todays toddled toddles toddy
togas toiled toiler toilers token tokes toking tone tooling tooted topped topping torch torched tosses touches
tough toured touring tours tower towing toying traces tracing tracts trail training trains trait tramped trans
trapper trapping trash trashed tread treading treas treason treats treed trench triad trick tricking tricks
tries tripled tripling trips trough trucking truckle trucks trued truing tuck tucked tucking tuned tuning tuns
turds turfing turfs turner tushes twain twains tweets twigs twine twines twink twinks twitch twitches twits
tying tykes udder umber umping unfit unit untie upend urge urns usable vales vanes vaped vapes vaping vases
veeps veiling vending ventral very vests vetting vicar viler vines violet viper vising vista vivid vouch
vouched vowing vulnerably vying wader wades wading wafer wafting wafts waged wager wagers wagging waging wags
wailed wails waiter waiting waits waiving waken wakes waking wales waling walkers walking walks walling
wallowed wanders wands wanes waning wanking wanks wanna wanner warden warder wards wares warmed warming warts
washer washes waster wasting watch watching watts waved waver waves waxes waxing wealth wears weave weaves
weaving weeding weeds weeping weeps wees wells welted welting wench wending were wests wetter wetting whale
whelping while whiling white whittling wholl whore whose whove wicked wicks widow widows wifes wight wights
wiles wiling willed willing wills wince winches wines winged winging wining winnow winnows winos wins wipes
wiping wired wireds wises wished wishing witch witches witting wives wizes woken wondering wonts wording wordy
worked world worming wormy worrier worries wound wounded wounder wounding wounds woven wowing wracks wrapped
wreak wreaking wreath wreathe wreathing wrench wright wring wringing wroth yacked yacking yards yeahs yearly
yearn yearning yearns yeas yelping yipped yipping yocks yonder youre youve yucked yucking yules zests zinged
zinging zipped zipper zipping zombi zonked zooms
`;

export const protectedWords: ReadonlySet<string> = new Set(words.split(/\s+/).filter((word) => word.length > 0));
