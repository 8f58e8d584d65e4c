/**
 * Real English words one edit away from a rule word, which typo correction must leave alone
 * ("parking" is not "sparking", "sitting" is not "hitting", "food" is not "flood"). Generated from the British and
 * American word lists (Debian's wbritish/wamerican) against the rules' vocabulary, the
 * other-language rules included ("query" is not "quero"): regenerate after adding rule words of
 * five letters or more. A word whose correction only adds or drops an ending is left out on
 * purpose, since correcting it keeps its meaning.
 */
const words = `
abase abased abasement abases abasing abetter aboard abort abound abridges abuser abusers abut acing acres
activates adder adore advise advised advises advisory advisorys affluent ages aground aiding ailed ailing aint
aired airing alder ales alights alike aline alines allays alloyed alls aloe along alright alter amps amuse
amused amuses amusing anger angle ants anuses apace apart apathetic aped apiece aping apter aqua arching
arcking ardor arent ares aright arising arks armed arming arms arrives asexual asexually ashed ashing askew
asleep asocial assaulter aster atone attach attached attaching attacker aught aunts aura automates babbling
babes babied babier back backer bagging bailed bailing baiting baked bakes baking baldly bales balked balking
balks balled balling balls bamboo banding bands bandy bane banged banging bangs banked bankers banking banter
bantered bantering banters bard bards barer bares baring barked barking barks barns barter bartered bartering
barters bases bashed bashing basked basking baste basted batch batched batches batching bated bates bather
bathers bating bats batted battened battening battens batter battery batterys battier battle battles baying
bays beach beaded beading beads beady beak beaked beaks beaming beams beaning beans beard bearing bears beast
beasts beater beaters beaus became bedside beech beefed beefing beefs beeper beers bees beets beggar belch
bellied bellies bellow bellowing belly bellying belted belting belts bender bending bends bents bequest
berating bested besting bests betas betide bets betted bettered bettering betters betting bettor bevels
biddies bides biding bigger bight bights bikes biking biles billed billies billing bills billy binding binds
binged binges binging birch bits bitter bittern bitters blacked blacking blame blames blaming blank blanked
blanker blankest blare blares blaster blats blazing bleak bleating bleats bleep bleeped bleeps blench blending
blight blights blind bling blocked blocking blocks blocs blood blooded blooding bloods blowing blows boars
boated boating boats bobbed bobbling boding boiled boink bolder bolted bolting bond boney boning bonny boobed
boobing booed booing booked booking books boomed booming booms boors boosted boosting bootee booty boozed
boozing bopping bores boring borons botch bother bothers bough boughs bounded bounding bounty bout bower
bowler bowling boxing bragged bragging brags braid brained braining brains braised braises brake braking bran
brans brash brats brawn breach breaching bread breading breads breadth breaths breathy breeding breezing
bricks brides bridged bridles bright brighten brightened brightening brightens brine bring bringing brings
brink brinks brisks broiler broker broom brooms brothel brought browned browning brows bruin bruiser bruisers
brunch brunt brushing bubble bucked bucking budging bugged buggier bugging bugled bugler bugling bulgy bulking
bulks bulky bulled bulling bullring bulls bumbling bumping bunched bunches bunching bunging bungled bungs buns
bunt bunted bunts buoying burbled burbling burger burglarys burgles burgs buried burly burns burped burping
burps burred burring burrs burying bused buses bushed bushes bushing busied busing bussed bust buster bustled
busying butch butted butter buttered buttering butters butting bytes cable cabled cabling caching cackling
cadres cads caged cages caging caked cakes caking calfs calked calking calks calling calls callus calmed
calming calms calve calved calves calving camps cancel candy caned canes caning canker cankers canter canting
cants caped caper capers capes carboy carbs cared career careers caress caret carets caries caring carped
carpel carpels carps carriage carriers carton carts carved carver carvers carves carving cased casement cases
cash cashed cashes cashing casing caste catches cater caters cats catting caves cawed cawing cells censor
censors center cents cervices chain chaired chanced chancing changes chanted chanting char charged charges
charging charier charmed charmer charming charms charted charter charting chats cheat cheater cheaters
cheating checked checker checking cheek cheeked cheeking cheeks chess chick chicks chid chiding childlike
chile chiles chili chilis chill chills chink chinking chock chocked chocking chocks choir choker chokers chore
chores chose chowed chowing chuck chuckled chuckling chucks cinches cinema circled circlet circlets cites
citing clack clamps clanged clanging clapped clapping claps claret clarets clash clashed clashes clashing
cleave cleaves cleaving click clink cloak cloches clock clocked clocking clocks clone cloned closer closes
closet clothed cloths clove clown cloyed cluck clucked clucking coals coast coasts cocked cocking cocks codas
codes codger coding coffers cohered coiled coiling coke coked cokes coking cold colder colds collar colts
comas combing combo combs comer comers comet comets commuter computed computes concert concerted concerts
cones confuser confuses confuted conned consed consumed consumes contract contracted contracting contracts
controller contused cooing cooked cooking cooks cooler cooling cooper cooping coots copes copping copying
cords core cores coring corked corking corks corning costs cotes cots couch couched couches couching cough
country counts coup coupe coveted cower cowered cowing crabbed crabbing crabs crack cracked cracking cracks
crags cranny crapes crapped crashes crashs crass craved craves craving creak creaking creaks creaming creeks
crest crew cricks cried cringed cringing crock crop cropped cropping crops crown crowned crowning crowns
cruelly cruised cruises crush crushed crushes crushing culled culling culls cults cunning curds cure curer
cures curie curried curries curry currying curse curst curtails curve cuts daddy dafter dagger dairy daisy
dales dally damages damped damping damps dancer dander danker dares darks darned darning darns dashed dashing
dates dating dawn deads deans dearly dears dearth deaves decade decades decals decks decode decoded decodes
decoding dedication deeding deeds deemed deems deeps defector defectors defuses dells deport depth deride
derided derides deriding designed deter dialing dials dices dicky dickys diddle dills dines dinged dinging
dings dink dipped dipper dippers dipping dips dirks dirts disables disks dissed disses dissing ditch ditty
diver diving docked docket docketed docketing dockets docking docks dodger doers doily doing domes doming done
donors dooms doping dormer dormice doses dotes douched douches douching dough dour douse dousing doves downed
downing downs drabs drags drain drainer drainers draining drams drank draped drapes draping drawl draws drays
dreading dreads dregs drench dried dries drily dripped droned droning drooped drooping droops dropper dropping
drops dropsy dross drown drowse drowsed drowsing drubs drugged drugging drums drunk drying ducked ducking
ducks dudes dulled dully dumber dumping dumpling dumpy dungs dunning duped duping dusted dusty dying early
earned earning earns ears eases easing eaten eater eaters eats eave eaves echo edge eery eight eights elating
elder electrocutes ember emergence emergences emery enable endued enduing ensure escalates escapee escapes
espouse ether ewer ewers exit exits explodes exploiter explored exposes eying fabled fables faces factual
fagging fail failing fails faint faked fakes faking fallow fallowed fallowing fallows falls fame fames fangs
farce farces fares faring farmed farming farms farther fates fating fats fatter fears feather feathers feats
feeds feeling fees feinting felled felling fellow fellows fells felted felting fences fended fender fending
fends fests fetter fetters feuding fever fewer fezes fiats fibres fickle fiddle fiend fiends fifes fifth fight
fights filch filed files filing filler fillet fills filmed filming finance finches fines fining finis finking
finks fins fired fireman firming firms firs firth fitting fiver fives fixes fixing fizzling fizzy flabs flack
flags flail flailed flakes flaks flambes flame flamed flamer flamers flapped flapping flaps flares flaring
flawing flaws flaxs flays fleecing fleeting fleshing flexing flight flights flits floats flock flocked
flocking flocks flooder floored flooring flour flours flown flumes flushing flying fobbed foiled foist foists
folder folding folds follower fond fonder font food foods fooling footed footing forces forded fore foremen
fores forge forged forked forking formal formed forte forth fought found founded founding founds fount fours
frack fracked fracking fracks frags frames frats freak freaking freaks freeing fridges fried fries fright
frighted frighting fringed fringing frizzing frond frost frown frowned frowning frowns frowsy frying fucker
fulled fulling fulls fully fumed fums fund funding funds fungous funked funking fuses fusing fusty fuzes
fuzzing gabbed gabbing gables gabs gages gagging gaily gain gaining gales galled galling galls games gander
ganged ganging gangs gaped gapes gaping garbs gashed gashes gashing gashs gasps gassed gasses gates gather
gathers gating gazes gears geeing geeks gender genera gent gentlemen gentry germinal gibes gibing gills gilts
girds girts gists gives glade glares glaring glassy glaze glistening gloom glowing goads goats gobbed golds
gong goodbys goofs gooks goose gores goring gotten grabber grads grail grain grains grainy grams grand
granddad grands grange grant grants grapes grass grassy grays great grins gripped gripping grips groans grooms
grooved grotto ground group grown grubbed grubbing grubs gulled gullies gully gunning gurgled gushed gushes
gusted gusting gusty gutting guying hacked hacking hags hailed hailing hake hakes hales halfway haling
hallowed halls halving hammed hamming hams handed handing hands handsful hanged hanger hangover hankers hanks
happy hard harden harder hared harems hares haring harked harking harks harped harping harps harries harry
harrying hart harts hashed hashing haste hasty hatch hatched hatches hatching hater haters hates hating hatter
hatters hatting haves hawing haying hazing header headers heading heads heady healed healer healers healing
heals heaped heaping heard hearer hearers hearing hears hearth heat heated heath heather heathers heats heave
heaved heaves heaving heck hecks hedge heeded heeding heeds hefting heir herded hewer hewers hick hicks hieing
hiking hillocks hills hinds hing hinged hinging hings hinting hipped hipper hipping hired hires hiring hisss
hitch hiving hoard hoary hock hocked hocking hocks hods hoes hogan hoist hoists holder hole holes holing
hollow hollowed hollowing hollows homebody homes homing hone hones honey honked honks hooding hoods hoofs hook
hooked hooker hooking hooks hooky hookys hoops hoot hooted hooting hoots hopelessness hoping hopping hording
horribly horse horsing hose hoses hosing hospitalises hospitalizes hosted hotel hotlink hound hounded hounding
hounds hove hovered hulled humane humping hunch hunched hunches hunching hunting hunts hurling hurls hurtling
hushed hushes hushing huts hying ideals idioms ills imaged inched inchs inflection injection injures insure
insured intel intrudes inundate inured itch itches jacked jacket jacking jailed jailing japed japes japing
jeeps jests jetting jimmied jiving jobbed jocks joint joints joust jousts jumper jumping jumpy jutting kales
keeling keels keening keens keeping kelps kicker kicky kiddoes killed killer kills kilned kilning kilns kilos
kilts kinds kings kinked kinking kinks kipper kippers kissed kisses kissing kites kiting kitten knack knacks
knight knobs knocker knots kooks lace lack lacked lacking lacks lade lading lads lagging lakes lamas lambs
lames lams lancer lancing lander lanes lapped lapping laps larch larder larding lards larks lases lashed
lashing latched latches latching later lath lather lathers lats latter latters lauding laughter laughters
laying laze leaded leading leads leafed leafing leafs leaky leaned leaning leans leaped leaping leaps leas
lease leased leases leasing leaved leavens leaving ledger leeks lefts lender lending lends lept letter letting
levees lever levers licked licking licks liens lifes lighters lighting likes liking lilts limes liming limps
lined linen linens liner liners linger lining link links linted lints lists litters lived liven livens liver
livers lives loafs loams loans loaves lobbed locker locket lockets locus locution lodged lodges lofts logger
lone loner longed longs looked looks loomed looming looms loons looped looping loops loosing looted looting
loots loping lopping lords lores lorry lose loses lotto louse loved loves loving lower lowing lucked lucking
lucks lucky lugs lulled lumber lumping lumps lunch lunched lunches lunching lunge lunges lushes lusted lusty
maces madly mail mailed mailing mails makes making mall malls malted malting malts managed manages manes
manged manger manna mantes maples mares marina marred marries marry marrying mars marts mashed mashing masked
masking masks massage massaged massages massaging massed masses massing match matched matches matching mated
maths mating mats matter mattered mattering matters mattes matts maxes mazes meads meals meats meddle medial
mediation meditation meeting melded melding mellow melt mended mender mending mends messed messes messing
meted meteor metes meting metre middies mights mikes milds miler milers milfs milks milled milling mills mils
mimes mince minding minds mines minuets minuses minuted minuter mired mires miring misdo misled missed misses
missing missive misss misted mister misting misty misused misuses misusing miter mitten mixes moaning moats
mobbed mocked mocking mocks modes moire moist molar mold molder molding molds moles molted molting monger
monkey mooed mooing mooning moons moors moose mooted mooting moped mopes moping moppets mopping moral moray
mores morns mortar mosey mosses motes moth moths mottle mottles motto mould moult mound mounded mounding
mounds mourning mouse mousing mouth mouths mover movers moves movies mowed mower mowing mucked mucking muddle
mufti mugger mules mulled munch munched munches munching mungs murks mushed mushes mushing mushy musing musky
mussed musses mussing mussy musts muter mutes nagging nailed nailing named nanny napes napped narked narks
natty naught naves nearby nears neater neath neatly needing needy neer neighbor neighbors nerds nests netter
netters netting newer nexts nice niceties niches nicked nicking nickle nicks niece nieces nighties nights
nines nipped nippier nipping nippy nites noes none nooks noons noose north noses noshing notching noted noting
notional nought nows nuder nudges nuked nukes numbed nutting oaken oases oats ocher odder odors offices offing
oiled oiling olden olds olive olives omen order ores otter ouch ought ousted outrage outrages outsize overdoes
overdone overdoses oversight owing pace paced packaged packer packet packing packs paddy pager pages paining
pains paint painting palace paled paler pales paling palled palling palls pamper pander pandering pangs
panning pant panting pants pares park parked parking parks parries parry parrying parsed parses parson part
parted parties parts partys passel passer passes passing passive paste pasted pastes pasty patch patched
patches patching patents pates patter pattered pattering patters paunch paunches pauper paused paved paves
paving pavings payer paying peace peak peaked peaking peaks pealing peals pearly pears pease peats pecked
pecking pecks peeing peeking peeks peeped peeping peeps pelted pelting pend pended pending pends pensioned
pent pepping pestle pests petards peter petrifies petting phoneys phonies phony phonys photon photons picas
picked picker picket picketed picketing pickets picking pickle pickled pickling picks picky pictured piddle
pieced pied pieing pierce pierces pies piing piked pikes piking pilaster piles pilled pilling pillowing
pimping pinch pinched pinches pinching pined pines pinged pinging pings pining pinked pinking pinks pint piped
piper pipers piping pipped pipping pips pissed pisses pitch pits pitting pizza placket plaice plaint plane
planing planking planter planting plate platter pled pledge plied plight plights plopping plowing plumping
plums plus pluss plying pocked pocket pockets pocking pocks poised poisoner poker polar poled policy poling
polite polled polling polls ponder pondering ponds pone pones poohing pooping popes pored pores poring poser
poses possible pouch pouched pouches pouching pound pounded pounding pouted pouting pouts powder praised
prates prawn praying prescribes presets prevents priced prices pricked pricking prickle pride prided pries
primed print prises prising prison prisons prized probable profane projection prone proofs propel properly
propped propping props proscribed prose proses prosper provably prying pucks pugs puller pullet pulley pulls
pulped pulping pulsed punch punchs punning punts puppets pupping purge purled pusher pushers pushs pusses
putting query rabble rabies raced races racing rack racked racket racking racks rafter raged rages ragged
ragging raging rags raiding rail railed railing rained rains raising raked rakes raking rally ramps range
ranged ranger ranging rankle ranting rants rapid rapine rapped rapping raps rared rarer rares raring rash
rasher rashes rasped rasping rated rates rather rating ratio rational raved raves raving ravings razed razes
razing reader reads readying reals realty reaming reams reaped reaping reaps rearing rears rebuses redder reds
reeds reedy reefing reefs reeling reels reeving reffing refuges refuse refused refute refutes regally regarded
regards reining remand rending rends renter resents reside resort rests retort returnee reuses revels revery
rewarded rewards ribbed ricing ricked ricking ricks riddle ridged ridges ridging riding rigged rigging
righting rights rigs riled riles riling rills riming rinds ringed ringer rink rinks rinsed rinsing ripper
rippers ripping rippled rips rises risking rites riven river roads roams robber robed robes rocked rocket
rocketed rocketing rockets rocking rocks roes roiled roles roman roods roofs rooked rooking rooks roomed roomy
root rooted rooting roots roped ropes roping rotes rotted rotund rouge rounded rounding rouse rouses rousing
roved roves roving rower rowing rubbed rubes ruble rubles rues rugs ruining ruled ruler rulers rumble runes
rungs runts ruses rushed rushes rusted rusting rusty rutting sables sack sacked sacking sacks sacred sadly
safely sages sailed sailing saint sake sakes sales salved salving sander sanding sands sapped sapping sappy
saps sash sassed sassy sated sates sating saved saver saves saving sawed sawing saying sayings scabbed
scabbing scabs scale scaled scales scaling scaly scammer scarce scare scarfed scarfing scarfs scarred scarring
scars scarves scent scone scoot scoping scorcher scorches scored scores scoring scotch scotched scotching
scouting scouts scrammed scuff scummed seal sealers sealing seals seamed seams seared searing sears season
seating seats securer secures sedge seeded seeding seeds seeing seeking seeks seeming seep seeped seeps seer
seers sees seizes selfs sell selling sells send sender sending senior seniors senna sensing sensory sentry
serer serviced servile setter setters setting sever severs sewed sewing sexing sexist sexting shack shacks
shade shades shading shagging shaker shakers shaky shale shales shall shame shames shaming shammed shape
shapes shaping share shared shares sharing shark sharked sharking sharks shaved shaven shaves shaving shavings
sheens sheep sheeps sheering sheers sheets shell shelled shelling shells shes shies shill shilling shine shire
shits shitting shlock shocker shoed shoeing shone shooed shooing shook shoon shoos shooting shoots shopped
shopping shops shored shores shoring short shorting shorts shot shots shout shove shovel shovels shoving
showed showier shows shrew shrove shuck shucked shucking shucks shuts shying sicked sicking sickly sicks
siding sifter sifting sight sighting sights signed sill sills silos silting sine sing singer singes singing
singled sings sink sinking sinks sinned sipped sipping sired sires siring site sites siting sits sitter
sitting sittings sized skeets skewer skewers skill skilled skills skipping skits skying slabbed slabbing slabs
slack slacked slacking slacks slags slake slaked slakes slaking slammed slams slash slashed slashing slats
slaved slaving slaws slaying slays sledge sleek sleeking sleet sleeting sleets slicking slight slights slink
slinking slinks slipped slipping slips slit slits sloes slopped slopping slops slower slowing slugs smack
smacker smalls smart smarted smash smashes smelted smelting smelts smiled smiles smite smock smocked smocking
smocks smoker smokes smote smother smothers snack snacked snacking snacks snagging snake snaked snakes snaking
snapper snapping snappy snaps snare snared snares snaring snark snarks sneak sneaking sneering snipped snitch
snitches snits snoot snooty snore snores snouts snowing snows snuck snuff soaped soaping soaps soared soaring
sobbed sock socked socking socks sodas softy solder sole soled soles sonar sonny sooth soots sopped sopping
sops sorer sores sorry sorts sough sought soul sound sounder sounds soured souring sours souse sousing sower
sowers sowing spacy spade spake spammed spank spanked spanking spanks spare spared spares sparing sparkled
sparkling sparred sparring spars spat spate spats spatting spayed spaying spays spear spearing speck specking
sped speed speeding speeds spell spelled spelling spells spelt spent spice spieling spies spill spills spilt
spins spires spite spites spiting splat splaying splint splits splitting spoiled spoke spokes spook spooling
spored sport sporting sports spots spotting spouting spouts sprang sprat spring spurning spurring spurt spying
squire stabled stabling stacked stacking stacks stage staged staging stains stake staked stakes staking stale
staled stales staling stalk stalker stall stalled stalling stalls stanch stank staph stared stares staring
stark starling starred starring stars starter starting startled starve starves stashed stat state stated
stating stave staved staves staving stead steads steak steaks steam steaming steams steel steeling steels
steep steeped steeping steeps stems stent stepmom stepped steppes stepping sterling stews stick sticks stiff
stile stiles stilling stilt sting stinging stings stint stinting stints stirs stitch stitches stock stocked
stocking stocks stoke stoked stoking stomped stomping stomps stony stooped stooping stoops stopgap stopper
store stores stork storm stormy story stouts stoves stowing stows straggle straggled straggles straggling
strain strainers stranding strange strangler stranglers strapped strata strayed straying strays streaming
streps strew strike stringers stripped stripping strobe strode stropped stropping strops strove struck strung
stubbed stubbing stubs stuff stunk style stys suck sucked sucking suckle suing suite suits sullied sullies
sully sullying sunder sunlit sunning supple suppler supplied supplies surfed surge surging sushi swabbed
swabbing swabs swagging swapped swapping swaps swash swashed swashing swatch swatches swats swayed swaying
sways sweats sweep sweeping sweeps swell swelled swelling swells swept swill swilling switched switcher
switchs swopped swopping swops swore tabbed tabbing tables tabs tack tacked tacking tacks tagging tailed
tailing taint tainting taker takers tales talked talks tames taming tamps tanager tango tangs tankers tanking
taped taper tapes taping tapped tare tared tares taring tarries tarry tarrying tart tasked tasking taste tasty
tats tatter tattered tattering tatters taught taxes taxing teaks teal teals tears teat teats techno techs
teeing teemed teems teenaged teeny tees temped tempter tended tender tending tends tens tension tensor tensors
tented tenting tents terns tested testes testing testis testy texts thank thanking thats theater theaters thee
theme thens these theyre thine thinks thinning thins thong thongs thorough though thread threads three throat
throats throb throbs throe throes throw thunk tick ticked ticking tickle ticks tided tides tiding ties tight
tights tikes tildes tiled tiles tiling till tilled tilling tills tilts timed times tines ting tinged tinges
tinging tings tins tipped tipper tippers tipping tires tiring tiros titles tittle tizzy toads toady todays
toddled toddles toddy togas toiled toiler toilers token tokes toking tolling tolls tomes tone toner tooling
tooted tooting topped topping tops torch torched torches torching tore tosses totes touches touchs tough
toured touring tours towed towel tower towing toying trace traced traces tracing tracker tract tracts trail
trailers trained trainees training trains trait tramped trans trapper trapping trash trashed trashes trashing
tread treading treads treas treason treats tree treed trench triad trick tricked tricking tricks tries tripled
tripling trips trough truce trucked trucking truckle trucks trued truing trunk tuck tucked tucking tuned
tuning tuns turds turfing turfs turner tushes twain twains tweets twigs twine twines twink twinks twitch
twitches twits tying tykes udder umber umping unfit unit untie upend upending upends urge urns usable vales
vamps vanes vaped vapes vaping vases veals veeps veiling vended vender vending vends ventral very vests
vetting vicar viler vines violet viper vising vista vivid vocation votes vouch vouched vouches vouching vowing
vulnerably vying wacks wader wades wading wafer wafting wafts waged wager wagers wagging waging wags wailed
wails waiter waiting waits waiving waked waken wakes waking waled wales waling walker walkers walking walks
walled walling wallowed wanders wands waned wanes waning wanked wanking wanks wanna wanner warded warden
warder warding wards wares warmed warming warms warped warping warps warred warring wars warts washer washes
waster wasting watch watchers watching watchs watts waved waver waves waxes waxing weals wealth wears weave
weaves weaving wedge weeding weeds weeing weeping weeps wees wells welted welting wench wended wending wends
were wests wetter wetting whale whelping while whiling white whittling wholl whore whose whove wicked wicks
widow widows wifes wight wights wiled wiles wiling willed willing wills wince winches winding winds wines
winged winging wings wining winnow winnows winos wins wipes wiping wired wireds wises wished wishing witch
witched witches witching witting wives wizes woken wondering wonts woofs wording wordy worked world worming
wormy worrier worries wound wounded wounder wounding wounds woven wowing wrack wracks wrapped wreak wreaking
wreaks wreath wreathe wreathing wrench wright wring wringing wrings wroth yacked yacking yards yarns yeahs
yearly yearn yearning yearns yeas yelping yipped yipping yocks yonder yores youre youve yucked yucking yules
zeals zests zinged zinging zings zipped zipper zippers zipping zombi zonked zooms
`;

export const protectedWords: ReadonlySet<string> = new Set(words.split(/\s+/).filter((word) => word.length > 0));
