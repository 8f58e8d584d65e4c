/**
 * Real English words one edit away from a rule word, which typo correction must leave alone
 * ("parking" is not "sparking", "sitting" is not "hitting"). Generated from the British and
 * American word lists (Debian's wbritish/wamerican) against the rules' vocabulary: regenerate
 * after adding rule words of five letters or more. Inflections of a rule word are left out
 * on purpose, since correcting them keeps their meaning.
 */
const words = `
abase abased abasement abases abasing abetter aboard abort abound abuser abusers acing acres activates adder
adore advise advised advises advisory advisorys affluent aground ailed ailing aired airing alder alights alike
aline alines allays alloyed along alright alter amuse amused amuses amusing anger angle anuses apace apart
apathetic apiece apter arching arcking ardor arent aright arising arming arrives ashing asleep asocial
assaulter aster atone attach attached attaching attacker aught aunts automates babbling babes babied babier
backer bagging bailed bailing baked bakes baking baldly balked balking balling balls bamboo banding banging
banked bankers banking bantered banters bards barer bares baring barked barking barks bartered barters bases
bashing basked basking baste basted batch batching bather bathers bating battened battens batter battery
batterys beach beaded beading beads beaked beaks beaming beams beaning beans beard bearing bears beast beasts
beater beaters beaus became beech beefed beefing beefs beeper beers beets beggar belch bellied bellies bellow
bellowing bellying belted belting belts bending bents bequest berating bested besting bests betas betted
bettered betters betting bettor bevels biddies bigger bight bights billed billies billing bills binged binges
binging birch bitter bitters blacked blacking blame blames blaming blank blanked blanker blankest blare blares
blaster blats blazing bleak bleating bleats bleep bleeped bleeps blench blending blight blights blind bling
blocked blocking blocks blocs blood blooded blooding bloods blowing blows boars boated boating boats bobbed
bobbling boding boiled boink bolted boney boning bonny boobed booed booing booked booking boomed booms boors
boosted bootee booty boozed bopping boring borons botch bother bough bounded bounding bounty bower bowler
bowling boxing braid braining brains braised braises brake braking brash brats brawn breach breaching bread
breading breadth breaths breathy breeding breezing bricks bright brightened brightens bring bringing brink
broiler broker broom brooms brothel brows bruin bruiser bruisers brunch brunt brushing bubble bucked bucking
budging bugged buggier bugging bugled bugler bugling bulking bulks bulled bulling bullring bulls bumbling
bumping bunched bunches bunching bunging bungled bungs bunted bunts burbled burbling burger burglarys burgles
buried burns burped burping burred burring burying bused buses bushed bushes bushing busied busing bussed
buster bustled butch butted butter buttered butters butting cable cabled caching cackling cadres caged cages
caging caked cakes caking calking calling calls calve calved calving cancel caned canes caning canker cankers
canter canting cants caped caper capers capes carboy carbs cared career careers caress caret carets caries
caring carped carpel carpels carps carriage carton carts carved carver carvers carves carving cased casement
cases cashed cashing casing caste cater caters catting caves cawed cawing censor censors center cents cervices
chaired chanced chancing changes chanted chanting charged charges charging charier charmed charmer charming
charted charter charting cheater cheaters cheating checked checking cheeks chick chicks childlike chile chiles
chili chilis chill chills chink chock chocked chocking chocks choker chokers chores chose chowed chowing
chuckled chuckling chucks cinches circled circlet circlets clack clanged clanging clapped clapping claps
claret clarets clash clashed clashing cleave clink cloches clock clocked clocking clocks clone cloned closer
closes closet clothed cloths clove clown cloyed clucked clucking cocked cocking cocks codas codger coding
cohered coiling coked cokes coking collar combing combo combs commuter computed computes concert concerted
concerts confuser confuses confuted conned consed consumed consumes contract controller contused cooing cooked
cooking cooler cooling cooper cooping copping copying cords cores coring corked corking corning couch couched
cough country counts coupe coveted cower cowered cowing crabbed crabs cracking cracks cranny crapes crapped
crashes crass craved craving creak creaking creaming creeks cricks cried cringing crown crowns cruelly cruised
cruises crush crushed crushing culled cults curds curer cures curie curry currying curse curst curtails curve
dafter dagger damages dancer dander danker dares darks dashing dating dears dearth decks deeding deeds deeps
defector defectors defuses deport depth deter dialing dices dicky dickys dills dines dinged dinging dipped
dipper dipping dirks dirts disables disks dissed disses dissing ditch ditty diving docked docket dockets
docking docks dodger doers doing doming donors dooms doping dormer dormice douched dough douse dousing drabs
drags drain draining draped drapes dreading dregs drench dried dries dripped dropping drops dropsy drown
drowse drubs drums drying ducked ducking ducks dulled dumber dumping dungs dusted dying earning eases easing
eaten eater eaters eight eights elating electrocutes ember emergence emergences enable enduing escalates
escapee escapes espouse ether ewers exits explodes exploiter explored exposes eying fabled fables faces
factual fagging failing fakes faking fallowed fallowing fallows falls fames farce farces fares faring farming
farther fating fatter fears feather feats feeds feeling feinting felled felling fellow fellows fells felted
felting fences fending fests fetter feuding fever fewer fezes fibres fickle fiend fifes fifth fight fights
filch filed files filing filler fillet fills filmed filming finance finches fines fining fired fireman firming
firms firth fitting fives fixes fixing fizzling fizzy flack flail flailed flakes flambes flame flamed flamer
flamers flapped flapping flaps flares flaring flawing fleecing fleeting fleshing flexing flight flights flock
flocked flocking flocks flooder floored flooring flour flours flown flumes flushing flying fobbed foiled foist
foists folding foods fooling footed forces forded foremen fores forge forged forked forking formal formed
forte forth found founded founding fours fracking fracks frames freak freaking freeing fried fries fright
frighting fringing frizzing frond frost frown frowsy frying fucker fulled fulling fumed funked funking fuses
fusing fuzes fuzzing gabbed gables gages gagging gaining gales galling galls games ganging gaped gapes garbs
gashes gashing gashs gasps gassed gasses gates gather gating gazes gears geeks gentlemen gentry germinal
gibing gills girds girts gives glade glares glaring glassy glaze glistening gloom glowing gobbed goodbys goose
goring gotten grabber grads grail grain grains grainy grams granddad grange grapes grass grassy grays great
gripped gripping grips grooms grooved grotto ground grown grubbed grubs gulled gullies gurgled gushed gushes
gusted gusting gutting hacked hacking hailed hailing hakes halfway haling hallowed halls halving hamming
handing hanged hanger hangover hankers harden harder hares haring harking harks harping harry harrying harts
hashing haste hatch hatching hater haters hating hatters hatting hawing haying hazing header headers heading
healed healer healers healing heaped heaping heard hearer hearers hearing hears hearth heated heath heather
heathers heats heave heaved heaving hecks heeded heeding heeds hefting herded hewer hewers hicks hillocks
hills hinged hinging hings hinting hipped hipper hipping hired hires hiring hisss hitch hiving hoard hocked
hocking hocks hogan hoist hoists holing hollowing hollows homebody homing honey honked hooding hooker hooking
hooted hopelessness hoping hopping hording horse horsing hosing hotlink hound hounded hounding hovered hulled
humane humping hunch hunched hunches hunching hunting hunts hurling hurls hurtling hushed hushes hushing hying
idioms inched inchs injures insured intel intrudes inundate inured itches jacked jacking jailed jailing japed
japes jeeps jests jetting jimmied jiving jobbed jocks joint joints joust jousts jumping jutting keels keens
keeping kelps kicker kicky kiddoes killed kills kilning kinked kinking kinks kipper kissed kisses kissing
knacks knight knocker lacked lacking lacks lading lagging lakes lames lancer lancing lanes lapped lapping
larch larder larding lards larks lases lashing latching later lather latters lauding laughter laying leaded
leading leads leafed leafing leafs leaky leaned leaning leans leaped leaping leaps lease leased leasing leaved
leaving ledger leeks lending letter letting levees lever levers licked licking licks liens lifes lighters
lighting likes liking limes liming lined linen linens liner liners linger lining links linted lints liven
lives lobbed locker locket lockets locus lodged lodges logger loner longed longs looked looks looming looms
looping loosing looted looting loping lopping lorry lotto louse loved loving lower lowing lucked lucking lucks
lucky lulled lumber lumping lunch lunched lunches lunching lunge lunges lushes lusted madly mailed mailing
makes making malls malted malting managed manages manger manna mares marry marrying marts mashed mashing masks
massed match matching mating mattered matters meats medial meeting melded melding mellow mending meted meteor
metes meting metre middies mights milled milling mills mines mired mires miring missed misses missing missive
mister miter moaning mobbed mocked mocking mocks moist molar molding molted molting monger monkey mooed
mooning moons moors moose mooted moped moping moppets mopping moral moray morns mortar mosey moths motto mould
mound mounded mounding mourning mouse mousing mouth mouths mover moves mowed mower mowing mucked mucking
mugger mules mulled munch munched munches munching mungs murks mushed mushes mushing musing muter nagging
nailed nailing nanny napes napped narks naught nears neater neath needing needy neighbor neighbors nerds nests
netter netting newer niceties niches nicked nicking nickle nicks niece nieces nighties nights nines nipped
nippier nipping noose north noshing notching noting notional nuder numbed nutting oaken oases ocher odors
offices offing olive order otter ousted outrage outrages outsize overdoes overdone overdoses oversight owing
paced packer packet packing pages paining paint painting palace palled palling palls pandering panting pares
parked parking parks parry parrying parsed parses parson parted parties parts partys passel passer passes
passing passive paste pasted pastes patch patching pates pattered patters paunches paused paved paving peace
peaked peaking peaks pealing pears pease peats pecked peeking peeks peeped peeping peeps pelted pelting
pending pensioned pepping pestle pests petards peter petrifies petting phony picked picking pickle picks
pieced pierce pierces pikes pilaster piles pilled pilling pillowing pimping pinched pinches pinching pines
pinged pinging piped piper pipers pipped pipping pissed pisses pitch pitting pizza plaice plane planter plate
platter plied plight plights plopping plowing plumping plums pluss plying pocked pocket pockets pocking pocks
poised poisoner poker polar policy poling polite polled polling polls poohing pooping popes pored poring poser
pouch pouched pound pounded pounding pouted pouting pouts powder praised prates praying priced prices prickle
pride prided pries primed print prises prising prized profane projection prone propel properly propping
prosper prying puller pullet pulley pulls pulped pulping pulsed punch punchs punts puppets pupping purge
purled pusher pushers pushs pusses putting rabble rabies raced races racing racked racking racks rafter raged
rages ragging raiding railed railing rains raising raked rakes raking range ranger ranging rankle ranting
rapid rapped rared rarer rares rasped rated rates rather rating ratio rational raved raves raving razed razes
readying reaming reaped reaping rearing rears rebuses reeds reefing reefs reeling reels reeving reffing
refuges refuse refused refute refutes regarded regards reining remand rending resort rests retort reuses
revels rewarded rewards ribbed ricing ricked ricking ricks ridging riding rigging righting rights riles riling
rills riming ringed rinsing ripper ripping rippled risking riven roams robber robed rocked rocket rockets
rocking rocks roles roman roods roofs rooking rooks roomed roomy rooted roots roped ropes roping rotted rotund
rouge rounded rounding rouse rousing roved rower rowing rubbed rubes ruble rubles ruining ruled ruler rulers
rumble runes rungs runts ruses rushed rushes rusted rusting rutting sables sacked sacking sacks sacred sadly
safely sages sailed sailing sakes sanding sapped sapping sassed sassy sating saved saving scaled scales
scammer scare scarfed scarfs scarred scars scarves scone scoot scoping scorcher scorches scored scores scotch
scotched scotching scouting scouts scrammed scummed sealers sealing seals seared sears season seating seats
securer secures seeding seeds seeing seeking seeks seeming seeped seeps seers seizes selling sells sending
senior seniors senna sensory sentry serer serviced servile setter setting sever severs sewed sexist shack
shacks shades shading shagging shaker shakers shales shall shames shaming shammed shapes shaping share shared
shares sharing shark sharked sharking sharks shaved shaven shaves shaving sheep sheering shell shelled
shelling shells shies shilling shine shire shits shitting shlock shocker shoed shoeing shone shooed shooing
shook shoon shoos shooting shoots shopped shopping shops shored shores shoring short shorting shorts shots
shout shove shovel shovels shoving showed showier shows shrew shuck shucked shucking shucks shuts sicked
sicking sickly sicks sifter sight sighting sights signed sills singer singes singing singled sinking sinks
sinned sipped sipping sired sires siring sitter sitting sittings sized skewer skewers skipping skits slabs
slack slacked slacking slacks slags slaked slakes slaking slammed slams slashed slashing slats slaws slays
sleek sleeking sleet sleeting slicking slight slights slink slinking slinks slipped slipping slips slits sloes
slopped slopping slops slower slowing slugs smack smacker smalls smart smarted smashes smelted smelting smelts
smite smock smocked smocking smocks smoker smokes smote smother snack snacked snacking snacks snagging snaked
snakes snaking snapper snapping snaps snare snared snares snark snarks sneak sneaking sneering snipped snitch
snitches snits snoot snooty snouts snowing snuck soaped soaping soaps soared soaring sobbed socked socking
socks sodas softy sonar sonny sooth soots sopped sopping sorry sough sound sounder soured souring sours souse
sousing sower sowers sowing spacy spade spake spammed spank spanked spanking spanks spare spared spares
sparing sparkled sparkling sparred sparring spars spate spats spaying spear spearing speck specking speed
spell spelled spelling spells spelt spent spice spieling spies spills spilt spins spite spites splat splaying
splint splits spoke spooling sport sporting spots spouting spouts sprat spurning spurring spurt stacked
stacking stacks stage stains stake staked stakes staking stale staled stales staling stalk stalker stall
stalled stalling stalls stanch stank stared stares staring stark starling starred starring stars starter
starting startled starve starves stashed state stated stave staved staving steads steak steaks steaming steams
steeling steels steep steeping stepmom stepped stepping sterling stick sticks stiff stile stilling sting
stinging stings stint stinting stints stirs stitch stitches stock stocked stocking stocks stoke stoked stoking
stomped stomping stony stooped stooping stopgap stopper store stouts stoves stowing straggled straggles
straggling strain stranding strangler stranglers strapped strata straying streaming strew strike stripped
stripping strobe strode stropped stropping strove struck stuff stunk style sucked sucking suckle suing suite
suits sullied sullies sullying sunder sunlit supple suppler supplied supplies surfed surge swagging swapped
swapping swaps swashed swashing swatch swatches swats sweep sweeping swell swelled swelling swells swept
swilling switched switcher switchs swopped swopping tables tacked tacking tacks tagging tailed tailing
tainting taker takers tales talked talks tames taming tanager tango tankers tanking taped tapes taping tapped
tared tares taring tarry tarrying tasking taste tattered tatters taught taxes taxing teaks teals tears teats
techno techs teenaged tending tension tensor tensors tents terns testes testis testy texts thank thats theater
theaters theme these theyre thine thinks thins thong thongs thorough though thread threads three throat
throats throbs throes throw thunk ticked ticking tickle ticks tided tight tights tikes tiled tilled tilling
tills timed tines tinged tinges tinging tings tipped tipper tipping tires tiring tiros tittle tizzy toads
toady todays toddled toddles toddy togas toiled toiler toilers token tokes toking tooling tooted topped
topping torch torched tosses touches tough toured touring tours tower towing toying traces tracing tracts
trail training trains trait tramped trapper trapping trash trashed tread treading treas treason treats treed
trench triad trick tricking tricks tries tripled tripling trips trough trucking truckle trucks trued truing
tucked tucking tuned tuning turds turfing turfs turner tushes twain twains twigs twine twines twink twinks
twitch twitches twits tying tykes udder umber umping unfit untie upend usable vaped vapes vases veeps veiling
vending ventral vests vetting vicar vines violet vising vivid vouch vouched vowing vulnerably vying wader
wades wading wafer wafting waged wager wagers wagging waging wailed wails waiter waiting waiving waken wakes
waking wales waling walkers walking walks walling wallowed wanders wanes waning wanking wanna warden warder
wards wares warming waster wasting watch watching waved waver waves waxes waxing wealth wears weave weaving
weeding weeds weeping weeps wells welted welting wench wending wests wetter wetting whelping whiling white
whittling whore wicked wicks widow widows wifes wight wights wiles wiling willed willing wills winches wines
winged winging wining winnow winnows wipes wiping wired wireds wises wishing witch witches witting wives wizes
woken wondering wording wordy worked world worming wormy worrier worries wound wounded wounding woven wowing
wracks wrapped wreak wreaking wreath wreathe wreathing wrench wright wring wringing wroth yacked yacking yards
yeahs yearn yearning yearns yelping yipped yipping yocks youre youve yucked yucking yules zests zinged zinging
zipped zipper zipping zombi zonked zooms
`;

export const protectedWords: ReadonlySet<string> = new Set(words.split(/\s+/).filter((word) => word.length > 0));
