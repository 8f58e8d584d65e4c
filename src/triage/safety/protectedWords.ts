/**
 * Real English words one edit away from a rule word, which typo correction must leave alone
 * ("parking" is not "sparking", "sitting" is not "hitting", "food" is not "flood"). Generated from the British and
 * American word lists (Debian's wbritish/wamerican) against the rules' vocabulary, the
 * other-language rules included ("query" is not "quero"): regenerate after adding rule words of
 * five letters or more. A word whose correction only adds or drops an ending is left out on
 * purpose, since correcting it keeps its meaning, except where the rule word is another language's:
 * "mind" is not the Somali "mindi" (a knife), which made "I've made my mind up" a threat with a weapon.
 */
const words = `
abase abased abasement abases abash abashed abasing abetter able aboard abort abound abridge abridges abuser
abusers abut acing acres activates adder addling adore advise advised advises advisory advisorys affluent ages aglow
aground aided aides aiding ailed ailing ails aint aired airing alder ales alights alike aline alines allays allot
alloy alloyed alls aloe along alright alter alum among amps amuse amused amuses amusing anaesthetics anal
anesthetic angel anger angle angler angles anklets ants anuses apace apart apathetic aped apiece aping
apposite apter aqua arch arched arches arching arcking ardor arent ares aright arising arks armed arming arms
arrives asexual asexually ashed ashing askew asleep asocial asps assaulter asses aster atone attach attached
attaching attacker auger aught aunts aura aurae aural auras automates awaiting awaking awards awhile awing babbling babes babied
babier back backer badder bade badger badges bagging baggy bailed bailing bails baiting baked baker bakes baking
baldly bales balked balking balks balled balling balls bamboo banal banded banding bands bandy bane banged
banging bangs bani banked bankers banking banned banter bantered bantering banters bard bards barer bares
barge barged baring barked barking barks barley barns bars barter bartered bartering barters base based basely
baser bases bashed bashes bashing bask basked basking bass basses bast baste basted batch batched batches
batching bated bates bathed bather bathers bating bats batted battened battening battens batter battery
batterys battier battle battles baud baying bays beach bead beaded beading beads beady beak beaked beaks
beaming beams beaning beans beard bearded bearing bears beast beasts beater beaters beaus became becks bedside beech
beefed beefing beefs beeper beers bees beets beggar belay belch bellied bellies bellow bellowing belly
bellying belted belting belts bender bending bends bents bequest berating berth bested besting bests betas
betide bets betted bettered bettering betters betting bettor bevels bidden biddies bided bides biding bigger
bight bights bikes biking biles billed billies billing bills billy binding binds binged binges binging binned
binning birch bits bitter bittern bitters blacked blacking bladder blame blames blaming bland blank blanked
blanker blankest blare blares blaster blats blazing bleach bleak bleating bleats bleep bleeped bleeps blench
blending blight blights blind bling bloating blobbed blobbing blocked blocking blocks blocs blood blooded blooding
bloods blowing blows blued bluer blues blurring blush bluster blustering boarder boars boated boater boating boats bobbed bobbing bobbling boding
bogged bogging boggy boiled boink bolder boles bolted bolting bond boney bonged boning bonny boob boobed
boobing booed booing booked bookend booking books boomed booming booms boors boosted boosting booted bootee booty boozed
boozing bopping border bores boring borons bosh botch bother bothers botnet bough boughs bounded bounding bounty bout
bower bowler bowling boxing brad brads bragged bragging brags braid braided braiding braids brained braining
brains braised braises brake braking bran brandied brandying brandys brans brash brats brawn breach breaching
bread breading breads breadth breaths breathy bred breed breeding breezing bricked bricking bricks bride
brides bridged bridle bridles bright brighten brightened brightening brightens brine bring bringing brings
brink brinks brisks broad broiler broiling broker brooked broom brooms brothel brought browned browning brows bruin
bruiser bruisers brunch brunt brushing bubble bucked bucking budge budging buffed buffing bugged buggier bugging bugled
bugler bugling bulgy bulking bulks bulky bulled bulling bullring bulls bumbling bummed bumper bumping bunched
bunches bunching bunged bunging bungle bungled bungs bunny buns bunt bunted bunts buoying burbled burbling burger
burglarys burgles burgs buried burly burns burped burping burps burred burring burrowing burrs burying bused
buses bush bushed bushes bushing bushs busied busies busing buss bussed busses busss bust buster bustled busts
busying butch butted butter buttered buttering butters butting bytes cable cabled cabling caching cackling
cadet cadge cadres cads caged cages caging caked cakes caking calfs calked calking calks calling callow calls
callus calmed calming calms calve calved calves calving camps cancel candies candled candles candy cane caned canes caning
canker cankers canned canning canon canter canting cants caped caper capers capes carboy carbs cared career careers
caress caret carets caries caring carped carpel carpels carps carriage carriers carrot carton carts carved carver
carvers carves carving case cased casement cases cash cashed cashes cashing casing caste catches cater caters
cats catting caves cawed cawing cease ceased ceases ceasing cells censor censors center cents cervices chafe
chafed chafes chafing chain chaired chaise chaises chammy chance chanced chances chancing changes chant chanted
chanting char charged charges charging charier charmed charmer charming charms charted charter charting
chasers chasm chasms chaste chats cheat cheater cheaters cheating checked checker checking cheek cheeked
cheeking cheeks cheep cheeping cheeps chequed chequer chequers chess chick chicks chid chidden chided chides
chiding childlike chile chiles chili chilis chill chills chink chinking chock chocked chocking chocks choir
choker chokers chopping chore chores chose chowed chowing chuck chuckled chuckling chucks chunk chunks churls
cinches cinema circled circlet circlets cites citing clack clacked clacking clacks clammed clamming clamps
clams clang clanged clanging clapped clapping claps claret clarets clash clashed clashes clashing class
classed cleaning cleave cleaves cleaving click climber clime climes cling clinging clings clink clipped clippers cloak
cloches clock clocked clocking clocks clod clog clone cloned cloning clop closer closes closet clot clothed cloths
clove clover clovers clown cloy cloyed cloying cluck clucked clucking clucks clung coach coaled coaling coals coast
coasts coated coating cobbling cocked cocking cocks codas codes codger codgers coding coffer coffers cohered cohering coiled
coiling coined coining coke coked cokes coking cold colder colds collar collars colon color colour colts coma comas
combing combo combs comer comers comet comets commuter computed computes concert concerted concerts conch
cones confuse confuser confuses confuted conking conned consed consing consumed consumes content contract
contracted contracting contracts controller contused convent cooing cooked cooking cooks cooler cooling cooper
cooping coots copes copping copying cords core cores coring corked corking corks corned corning costs cotes
cots couch couched couches couching cough country counts coup coupe coven covens coverts coves covet coveted
coveting covets covey coveys cower cowered cowering cowers cowing coyer crabbed crabbing crabs crack cracked
cracker cracking crackled cracks crags crammed crank cranked cranking cranks cranny crapes crapped crashes crashing
crashs crass craved craves craving creak creaking creaks creaming creed creeds creek creeks creel creels
crepes crest crew crick cricked cricking cricks cried cringed cringing crock crocked crocks crop cropped
cropping crops cross crouch crown crowned crowning crowns cruelly cruised cruises crush crushed crushes
crushing crusting crypt cuffed cuffing culled culling culls cults cunning curds cure curer cures curie curled curling curls curried
curries curry currying curse curst curtails curve cute cuts dacha daddy dado dafter dagger dairy daisy dales
dally damages dammed damped damping damps dancer dander dandles dandy danker dared dares dark darks darn
darned darning darns dart dash dashed dashing dates dating daughter dawn dawned dawning dawns deads deans dearly dears
dearth deaves debar debs debut debuts decade decades decals decked decking decks decode decoded decodes
decoding dedication deeding deeds deemed deems deeps deers defector defectors defuses dells dents deplete deport dept depth
deride derided derides deriding designed despot destroyer deter dialed dialing dialled dials dices dicing dicky dickys diddle diking dills dimes
diner dines dinged dinging dings dining dink dinker dinned dinning dipped dipper dippers dipping dips dipstick dirks dirts
disables discharges disks dissed disses dissing ditch ditty diver diverged diverging divers divest divested divesting
divests divine diving docked docket docketed docketing dockets docking docks dodger dodgers doers doily doing doles
dollar dolled dolling dolly domes doming done donned donning donor donors dons doom dooms doorstop doping dormer dormice doses
dotes douched douches douching dough dour douse dousing dove doves downed downer downing downs downy dowsed dowsing
dozing drabs drags drain drainer drainers draining drains drams drank draped drapes draping drawl draws drays dread
dreading dreads dregs drench dried dries drily dripped drive drivel driver drives driving drone droned droning drooped drooping
droops dropper dropping drops dropsy dross drown drowse drowsed drowsing drubs drugged drugging drums drunk
drying ducked ducking ducks dudes dulled dulling dully dumber dumping dumpling dumpy dungs dunk dunner dunning
duped duping dusted dusty dwelled dwelling dying each early earned earning earns ears eases easing eaten eater eaters eats eave
eaves echo edge eery egged egging eight eights elapsed elating elder electrocutes elide ember emergence emergences
emery enable endued enduing ensure escalates escapee escapes espouse estrange ether ewer ewers exit exiting
exits expert explodes exploiter explored exposes eying fable fabled fables facade faces factual factually
fagging fail failing fails faint fainted faked fakes faking fallow fallowed fallowing fallows falls fame fames fangs
fanny farce farces fares faring farmed farming farms farther fates fating fats fatter fears feather feathers
feats feeds feeling fees feinting felled felling fellow fellows fells felted felting fences fended fender
fending fends fests fetter fetters fettle feuding fever fewer fezes fiats fibres fickle fiddle fielding fiend
fiends fifes fifth fight fights filch filed files filing filings filler fillet fills filmed filming filmy finance
financed finches fines fining finis finking finks finny fins fired fireman firming firms firs firsts firth
fitting fiver fives fixes fixing fizzling fizzy flabs flack flags flail flailed flakes flaks flambes flame
flamed flamer flamers flapped flapping flaps flares flaring flasher flashes flask flawing flaws flaxs flaying flays
fleecing fleeting flesh fleshed fleshing flexing flight flights flint flints flipped flippers flits flitting floats flock
flocked flocking flocks flooder floored flooring flour flours flouting flown flumes flung flunk flush flushed flushing
flying flyings foal foams foamy fobbed fobbing foiled foiling foist foists folder folding folds follower folly fond
fonder font food foods fooling footed footfall footing foray forceps forces forded fording fore foremen fores
forge forged forges forging forked forking form formal formed forming forte fortes forth forts fought found
founded founding founds fount fours frack fracked fracking fracks frags frames frank frats freak freaking freaks
freeing frees fridge fridges fried fries fright frighted frighting frigid fringed fringing frizzing frond frost frown
frowned frowning frowns frowsy frying fucker fulled fulling fulls fully fumbling fumed fums fund funding funds fungous
funked funking funky furled furling furls furry fuses fusing fusty fuzes fuzzing gabbed gabbing gabble gables
gabs gages gagging gaily gain gaining gains gale gales galled galling galls gamble games gander ganged ganging gangs
gaped gapes gaping garbage garble garbs gash gashed gashes gashing gashs gasps gassed gasses gassing gate
gates gather gathers gating gavel gazes gears geeing geeks geld gels gelt gender genera generals gent
gentlemen gentry germinal gibes gibing gills gilts ginned ginning girds girth girts gists gives giving gladder glade
glades glads glares glaring glasses glassy glaze gleaning glide glistening gloating gloom gloss glossed glowing gluey goads
goats gobbed gobbing gobbling golds golly gong gonk goodbys goods goofs gooks goose gores goring gosh gotten gown gowned gowning
gowns grabber grads grail grain grains grainy grams grand granddad grands grange grant grants grapes grass
grassed grassy gray grays great grep grepping grew greys grins griping gripped gripping grips grists groan
groans groin grooms grooved grotto ground group grove growl grown grows grubbed grubbing grubs gulled gullies
gulling gully gunning gunny gurgled gushed gushes gusted gusting gusty gutting guying hacked hacking hags
hailed hailing hails hake hakes hales halfway haling hallow hallowed halls halving hammed hamming hamper hams handed
handing handled handles handling hands handsful handy hanged hanger hangover hankers hanks happy hard harden
harder hardily hardy hare hared harems hares haring harked harking harks harped harping harps harries harry
harrying hart harts hash hashed hashing hasps haste hasty hatch hatched hatches hatching hater haters hates hating
hats hatter hatters hatting haves hawing haying hazing header headers heading heads heady healed healer
healers healing heals heaped heaping heard hearer hearers hearing hears hearth heat heated heath heather
heathers heats heave heaved heaves heaving heck hecks hedge heeded heeding heeds hefting heir hence herd
herded hewer hewers hick hicks hided hied hieing hies highs hiked hikes hiking hillocks hills hinds hing
hinged hinging hings hinting hipped hipper hipping hired hires hiring hisss hitch hitting hived hives hiving hoard hoarded
hoary hoaxed hoaxes hoaxing hobbling hock hocked hocking hocks hods hoes hogan hoist hoists holder hole holed holes
holing hollow hollowed hollowing hollows holly homebody homes homing hone hones honey honked honks hooding hoods
hoofs hook hooked hooker hooking hooks hooky hookys hoops hoot hooted hooting hoots hopelessness hopes hoping
hopping hording horribly horse horsing hose hoses hosing hospitalises hospitalizes host hosted hotel hotlink
hound hounded hounding hounds hove hovel hover hovered hovering hovers huffed huffing hulled hulling hulls humane humbling humping hunch
hunched hunches hunching hungover hunting hunts hurdled hurdling hurler hurling hurls hurray hurtled hurtling hush
hushed hushes hushing huts hying ideals ides idioms ills imaged inched inchs incur inflection injection
injures inline innards inner inning instals instill instilled instilling instills insure insured intel
intrudes inundate inured itch itches jacked jacket jackets jacking jailed jailing jails jammed japed japes japing jars jeeps
jelly jerkins jests jetting jewellers jimmied jingle jiving jobbed jobbing jocks joint jointed jointing joints jolly josh
joust jousts joying jumbling jumper jumping jumpy jutting kales keeling keels keening keens keeping kelps kicker kicky kiddoes
killed killer kills kilned kilning kilns kilos kilts kinds kings kinked kinking kinks kipper kippers kissed
kisses kissing kites kiting kitten knack knacks knaves knifes knight knobs knocker knots koala koans kooks
lace lacing lack lacked lacking lacks lade lades lading lads lagging lags lain lakes lamas lambs lames laming lammed lamming
lams lancer lancing landed lander lands lanes lapped lapping laps larch larches lard larder larding lards
largo larks lases lash lashed lashes lashing lasing lasses latched latches latching later lath lather lathers lats
latter latters lauding laughter laughters laying laze lazing lazying leach leaded leading leads leafed leafing leafs leaky
leaned leaning leans leaped leaping leaps leas lease leased leases leasing leather leaved leavens leaving ledger
ledgers leeks lefts legged legging lender lending lends lept lesion lessen lessor letter letting levees lever levers licked licking
licks liens lifes lightens lighters lighting lightness likes liking lilts limb limbs limes liming limps lined linen
linens liner liners linger lining link links linted lints lists litters lived liven livens liver livers lives living
loafs loam loams loaning loans loaves lobbed lobbied lobbying lobed lobes locker locket lockets locking locus locution
lodes lodged lodges lofts loges logger loggers logo logos loins lolled lolling lolls lone loner longed longs looked looks loomed
looming looms loons looped looping loops loosing looted looting loots lopes loping lopping lords lores lorry
lose loser losers loses losing loss losses losss lotto louse louses loved lover lovers loves loving lower lowing lowly
loxes lucked lucking lucks lucky lugs lulled lulling lumber lumping lumps lunch lunched lunches lunching lunge
lunges lushes lusted lusty lying maces macing madam madder madly mail mailed mailing mails mains maker makers makes making
mall mallow malls malted malting malts managed manages manes manged manger manna mantes maples marchers
marches marchs mares marina marital marking marred marries marry marrying mars marsh marshes martian marts mash mashed mashes
mashing masked masking masks massage massaged massages massaging massed masses massing match matched matches
matching matchs mated maths mating mats matter mattered mattering matters mattes matts maxes maxing mazes
meads meals mealy meaning means meats medals meddle medial mediation meditation meeting melded melding mellow
melt mended mender mending mends mesa messed messes messing metals meted meteor metes meting metre mettle
mewls mica middies mights mikes miking milds miler milers milfs milks milled milling mills mils mimes mince mind
minding minds mines mingle mini minuet minuets minuses minuted minuter mired mires miring mirth misc misdo misled
missed misses missing missive misss misted mister misting misty misused misuses misusing miter mitten mixes
moaning moans moats mobbed mobbing mocha mocked mocking mocks modes moire moist molar mold molder molding
molds moles molted molting monger monkey moods mooed mooing mooning moons moors moose mooted mooting moped mopes
moping moppets mopping moral moray mores morns mortar mosey mosses motes moth moths motile mottle mottles motto mould
mouldering moult mound mounded mounding mounds mourning mouse mousing mouth mouths move mover movers moves movies
mowed mower mowing mucked mucking muddle muffed muffing mufti mugger muggy mules mulled mulling munch munched munches
munching mungs murks muses mushed mushes mushing mushy musing musky mussed musses mussing mussy musts muter
mutes nagging nailed nailing nails named nanny napes napped narked narks natty naught navel naves nearby nears
neater neath neatly necking needing needs needy neer neighbor neighbors nerds nests netter netters netting nettle newer
nexts nice niceties niches nicked nicking nickle nicks niece nieces nifty nighties nights nines nipped nippier
nipping nippy nites noel noes noise none nooks noons noose north nose noses nosh noshing notching noted noting
notional nought nows nuder nudges nuked nukes numbed nutting oaken oars oases oats ocher odder odors offices
offing oiled oiling olden olds olive olives omen onwards opener opined order ores organ otter ouch ought
ousted outrage outrages outsize overdoes overdone overdoses overs oversight owing owned owning owns pace paced
pacing packaged packer packers packet packing packs padding paddy padres pager pagers pages paging pails pained paining pains paint painted painter
painting paints pairs palace paled paler pales paling palled palling palls pamper pampers pander pandering pangs panned
panning pans pant panted panting pants parch parched parches parching pares paring park parked parking parks parries parry
parrying pars parsed parses parsing parson part parted partial parties parts partys pasha passel passels passer passes
passing passive passs paste pasted pastel pastes pastie pasting pasts pasty patch patched patches patching patents
pates patter pattered pattering patters patting paunch paunches pauper paupers paused pauses pausing paved
paves paving pavings pawing pawns payer payers paying peace peach peak peaked peaking peaks pealing peals pearlier
pearly pears pease peats pecked pecking pecks peddling peeing peeking peeks peeped peeping peeps pegged pegging pelted
pelting pelts pence pend pended pending pends penned penning pensioned pent peony pepping perking pesos pestle pests petards peter
petrifies pets petting phase phased phases phasing phoneys phonies phony phonys photon photons picas picked picker
picket picketed picketing pickets picking pickle pickled pickling picks picky pictured piddle piddling pieced pied
pieing pierce pierces pies piing piked pikes piking pilaster piles pilled pilling pillowing pimping pinch
pinched pinches pinching pined pines pinged pinging pings pining pinked pinking pinks pins pint pints piped piper
pipers piping pipped pipping pips pissed pisses pistil pitch pits pitting pizza placket plackets plaice plains plaint plane
planing plank planking planter planting plate platter playing pled pledge plied plight plights plopping plowing
plumping plums plus pluss plying pocked pocket pockets pocking pocks pointed pointer poised poisoner poker poking polar poled
poles policy poling polite polled polling polls pond ponder pondering ponds pone pones poohing pooping popes
pored pores poring ported porting ports poser poses posh posses possible posts potting pouch pouched pouches
pouching pound pounded pounding pouted pouting pouts powder praised prates prawn praying prescribes presets
president prevents prey priced prices pricked pricking prickle pride prided pries primed print printed
printing prints prises prising prison prisons prized probable profane projection prone proofs propel properly
propped propping props proscribed prose proses prosper provably prove prying pucks puddling puffer puffins pugs puller pullet pulley pulls
pulped pulping pulsed pulsing punch punchs punned punning punting punts puppets pupping purge purled purling
purls purse pusher pushers pushs pusses putting puttying quack query quirk rabble rabies raced races racing
rack racked racket rackets racking racks rafter raged rages ragged ragging raging rags raiding raids rail railed railing
rained rains raising raked rakes raking rally ramps range ranged ranger ranging rank rankle rankles rant
ranting rants rapid rapine rapped rapping raps rared rarely rarer rares raring rash rasher rashes rasped
rasping rasps rated rates rather rating ratio rational raved ravel raves raving ravings razed razes razing reach
reader reads readying reals realty reaming reams reaped reaping reaps rearing rears rebuses recorder redder
reds reeds reedy reefing reefs reeling reels reeving reffing refuges refuse refused refute refutes regal
regally regarded regards rehab reheat rehi reining relapses releases remand remover rending rends renter repeal repent resents reside
resort respire rests retort returnee reuses revels revere revery rewarded rewards reword reworded rewording rewords
rhea ribbed ricing rick ricked rickets ricking ricks ridden riddle rides ridge ridged ridges ridging riding rigged
rigging righting rightness rights rigs riled riles riling rills rimes riming rimmed rinds ringed ringer rink rinks
rinsed rinsing ripped ripper rippers ripping rippled rips rises risking rite rites riven river roads roam roams roans
robber robbing robed robes rocked rocket rocketed rocketing rockets rocking rocks roes roiled roiling roils roles roller
roman roods roofs rooked rooking rooks roomed roomy root rooted rooting roots roped ropes roping rote rotes
rotted rotund rouge rounded rounding rouse rouses rousing rove roved rover rovers roves roving rower rowing rubbed
rubes ruble rubles ruby rues ruffed ruffing rugs ruining ruled ruler rulers rumble rumbling runes rungs runny runts ruses rushed
rushes rushing rusted rusting rusty rutting sable sables sack sacked sacking sacks sacred sadder saddling sadly safely sages
sago sailed sailing sails saint sake sakes sales sallow salved salving salvos sanded sander sanding sands sans
sapped sapping sappy saps sash sashes sassed sasses sassing sassy sated sates sating saved saver saves saving
sawed sawing saying sayings scabbed scabbing scabs scad scads scale scaled scales scaling scalp scalped
scalping scalps scaly scammer scamming scams scans scarce scare scarfed scarfing scarfs scarred scarring scars
scarves scent scold scolded scolding scolds scone scoot scoots scoping scorcher scorches scored scores scoring
scotch scotched scotching scours scout scouting scouts scrammed scrapped scratchs scrip scuff scummed seal
sealers sealing seals seamed seams seared searing sears season seating seats securer secures sedge seeded
seeding seeds seeing seeking seeks seeming seep seeped seeps seer seers sees seizes selfs sell selling sells
send sender sending senior seniors senna sensing sensory sentry separates serer serviced servile setter
setters setting settle settling sever severs sewed sewing sewn sexing sexist sexting shack shacks shade shades
shading shagging shah shaker shakers shaky shale shales shall shallow shallows shame shames shaming shammed
shamming shams shape shapes shaping shard share shared shares sharing shark sharked sharking sharks sharp
sharping shaved shaven shaves shaving shavings shearing shears sheen sheens sheep sheeps sheer sheering sheers sheets
shell shelled shelling shells shes shies shill shilled shilling shimming shine shingle shinny shipped shippers shipping ships
shire shits shitting shlock shocker shoed shoeing shone shooed shooing shook shoon shoos shooting shoots
shopped shopping shops shored shores shoring short shorted shorting shorts shot shots shouldering shout shove
shovel shovels shoving showed showier shows shrew shrove shuck shucked shucking shucks shuts shying sicked
sicker sicking sickly sicks side sided sides siding sifter sifting sighs sight sighting sights signed sill sills
silos silt silting sine sing singer singes singing singled singly sings sink sinking sinks sinned sinner sinning
sipped sipping sips sired sires siring site sites siting sits sitter sitting sittings sized skeet skeets
skewer skewers skewing skids skies skiff skill skilled skills skimming skimps skims skins skipped skippers skipping skis
skits skying slabbed slabbing slabs slack slacked slacking slacks slags slake slaked slakes slaking slammed
slammer slams slash slashed slashing slashs slats slaughter slaved slaving slaws slaying slays sledge sleek sleeking
sleet sleeting sleets slept slewing slice slicker slicking slight slights slime slimmed slimming slims sling slinging slings slink
slinking slinks slipped slipper slippery slipping slips slit slits slivering sloes slopped slopping slops slosh sloshed
sloshes sloshing slower slowing slugs slummed slumming slums slung slurping slush smack smacker smalls smart smarted
smarting smash smashes smashing smashs smears smelled smelling smelted smelting smelts smiled smiles smite smock smocked
smocking smocks smoker smokes smote smother smothers snack snacked snacking snacks snagging snake snaked
snakes snaking snapper snapping snappy snaps snare snared snares snaring snark snarks sneak sneaker sneaking
sneering snicker snide sniff snipped snips snitch snitched snitches snits snoot snooty snore snores snorted snorting snorts snouts
snowing snows snuck snuff soaped soaping soaps soared soaring sobbed sobbing sock socked socking socks sodas
softy soiling solder sole soled soles somnolent sonar sonnet sonny sooth soots sopped sopping sops sorer sores
sorrowing sorry sorta sorter sortied sorts sots sough sought soul sound sounder sounds soured souring sours
souse sousing souths sower sowers sowing spacy spade spake spammed spamming spams spank spanked spanking
spanks spans spare spared spares sparing sparkled sparkling sparred sparring spars spat spate spats spatting
spayed spaying spays spear spearing spears speck specking sped speed speeding speeds spell spelled spelling
spells spelt spent spice spieled spieling spies spill spills spilt spinning spins spires spit spite spites spiting splash
splashed splashes splashing splat splaying splint split splits splitting spoiled spoilt spoke spokes spoof spook spool
spooling spoor spored sport sported sporting sports spots spotting spouting spouts sprang sprat spring
spurning spurring spurt spying squire stabled stabling stacked stacking stacks staff stage staged staging stains
stake staked stakes staking stale staled stales staling stalk stalked stalker stall stalled stalling stalls stampede
stanch stank staph stapled starched starching stared stares staring stark starling starred starring stars starter starting startled
startling starve starves stashed stashes stashing stat state stated stating stave staved staves staving stead
steads steak steaks steam steaming steams steel steeling steels steep steeped steeping steeps stems stent
stepmom stepped steppes stepping sterling stewing stews stick stickers stickier stickler sticks stiff stile
stiles stilled stilling stilt sting stinging stings stink stinker stint stinting stints stirs stitch stitched stitches stock stocked
stocking stocks stoke stoked stoking stomped stomping stomps stony stool stoop stooped stooping stoops stopgap
stopper store stores stork storm stormy story stouts stoves stowing stows straggle straggled straggles
straggling strain strainers strains stranding strange strangler stranglers strap strapped strata strayed straying
strays streaming strep streps strew strews strike string stringer stringers stripped stripping strobe strode stronger strop
stropped stropping strops strove struck strung stubbed stubbing stubs stuff stumped stung stunk stuns stunt style stys suck
sucked sucking suckle sugars sugary suing suite suits sullied sullies sully sullying sunder sung sunlit sunning sunny supple
suppler supplied supplies surfed surge surging sushi suture swabbed swabbing swabs swagging swamped swans swapped
swapping swaps sward swards swash swashed swashes swashing swatch swatches swats swayed swaying sways swearing sweat sweats
sweep sweeping sweeps sweet swell swelled sweller swelling swells swept swig swill swilled swilling swine swing switched switcher switches switching switchs
swoon swopped swopping swops swore sworn swung tabbed tabbing table tables tabs tack tacked tacking tackling tacks
tagging tailed tailing tails taint tainted tainting taker takers talcs tales talked talker talks tallow tally tames taming
tamped tamper tamps tanager tango tangs tanked tankers tanking tanks taped taper tapers tapes taping tapped
tare tared tares taring tarries tarry tarrying tars tart tasked tasking tasks taste tasty tats tatter tattered
tattering tatters taught taut taxes taxing teach teaks teal teals tears teat teats tech techno techs teeing teemed
teems teenaged teeny tees temped tempter tended tender tending tends tens tension tensor tensors tented
tenting tents terns terribly tested testes testing testis tests testy texts thank thanking thats theater theaters thee theme
thens these theyre thickets thine thinks thinning thins thirsty thong thongs thorough those though thrash thrashed
thrashes thrashing thrashings thread threads three threshing throat throats throb throbs throe throes throttle
throttles throw thunk tick ticked ticker tickers ticking tickle ticks tided tides tiding ties tiff tight tights tikes
tildes tiled tiles tiling till tilled tilling tills tilts timed timer timers times tines ting tinged tinges
tinging tingle tings tinkling tinned tinning tins tipi tipped tipper tippers tipping tippled tires tiring tiros titles tittle
tizzy toads toady todays toddled toddles toddy toffee togas toiled toiler toilers toiling token tokes toking tolled tolling
tolls tomes tone toner tonic tonier tonne tooling tooted tooting topic topped topping tops torch torched
torches torching tore torts tosses totes touches touchs tough toured touring tours towed towel tower towing
towns toying trace traced tracer traces tracing tracker tract tracts trail trailers trailing trails trained trainees
training trains trait traits trammed tramped trans transferring trapper trapping trash trashed trashes trashing
trashs tread treading treads treas treason treats tree treed treks trench tress triad trice trices trick
tricked tricking trickling tricks tries tripled tripling tripped trips trite trolled trolling troth trough truce trucked trucker
trucking truckle trucks trued trues truing trunk tuck tucked tucking tumbling tuned tuning tunny tuns turds turfing
turfs turner tushes twain twains tweeds tweets twigs twine twines twink twinks twister twitch twitched twitches twits twitted
tying tykes typing udder umber umping underfeed unfit unit untie upend upending upends urge urns usable vales
vamps vanes vans vaped vapes vaping vary vases vats veals veeps veiling vended vender vending vends ventral
very vests vetting vicar vied vies views viler vines violet viper vireos vising vista vivid vocation voles
vomits votes vouch vouched vouches vouching vowing vulnerably vying wacks waddling waded wader wades wading wads wafer
wafting wafts waged wager wagers wagging waggon waging wags wailed wails waists waiter waiting waits waived waives
waiving waked waken wakes waking waled wales waling walker walkers walking walks walled walling wallow
wallowed wallowing wallows wanders wands waned wanes waning wanked wanking wanks wanna wanner ward warded
warden warder warding wards wares warier warmed warmer warming warms warped warping warps warred warring wars
warts washer washes waster wasting watch watchers watching watchs watts waved waver wavers waves waxed waxes
waxing weal weals wealth weaning wear wears weave weaved weaves weaving wedge weds weeding weeds weedy weeing weeks weeping
weeps weer wees weirdo weirs welding welds well welled welling wells welted welting wench wended wending wends wept were wests wetter
wetting whale whams wheats whelping whets while whiling whine whir whists white whites whiting whits whittling
wholl whopping whore whorl whose whove wicked wickets wicks widow widows wifes wight wights wile wiled wiles wiling
willed willing wills wince winches winding winds wines wing winged winging wings wining winner winning winnow
winnows winos wins wipes wiping wired wireds wises wished wishing wisps witch witched witches witching withdrew
witting wives wizes woken wondering wonts woody woofs woos word wording words wordy wore worked world worming wormy
worrier worries wound wounded wounder wounding wounds woven wowing wrack wracks wrapped wreak wreaked wreaking
wreaks wreath wreathe wreathing wrecker wrench wrests wright wring wringing wrings writers writhe writhes
writhing wroth yacked yacking yammer yard yards yarns yeahs yearly yearn yearning yearns yeas yelping yielding
yipped yipping yocks yoking yonder yores youre youve yucked yucking yules zeals zests zinged zinging zings zipped
zipper zippers zipping zombi zonked zooms
basing blushed buffs clipping cuffs delicious drafting easel erased erasing flashed flipping gorse huffs lased muffs niche puffy ruffs teased teasing worsen worst respite shahs shush silky silly snipping stash trenched wrenched
acting ashes aspen facing faxing fazing jading familial dress cress preps preys shirt shoot shore shorn snort slots spits snots swear bumbler fumbler humbler mumbler stumbler tumble tumbled tumbles ganders panders sanders waders warders wonders bletch autos antis grist waist whist wrest wriest writs arcing better bitten blinking blurted bracing circle consents contends contests contexts convents fingers fitter flaming foaling framing front frosty gracing hitter lingers litter menus minis minks mints moldy molls pincers raping ringers roaming sadden singers sinus slurp sodden space speedy spend spewed spiced spices spicy spied spike spine spire spited splice steed titter trebling wingers worse zingers humped stuck thought through thumbed truck trumped whacker pressing arouse bananas banished battling beats bound caddy dummy grouse gummy house momma mommy mummy prattling ratting rattle ratty responds response reuse round route rummy scats sects shallot stats swallow tattling tempo tummy vanishes varnished wafers waiters wasters watery wattling yummy aflame afterwords arranger arranges brogue changed charger charred chime cools counter courted crimp dressed dressing finisher finishes flake flare flume fools frame graders grime height honesty modals mounted pedals pools presses prime spellers stools tellers toils toots tracers trades vogue weighs medal metal grilled trilled brood crook drivers riders risers rivets scream streak backs banes banns bans basks blanks brushed bunks busting clots cornet crusted defenced defenses douses fixed flaking gainful hardens horned horses housed lefter lightening loth math maxed mewing miked mimed mined mixer mouses needled nixed pailful quashed ranks rawer shining sloth souses squashes squeezer squeezes squished stingy strings swings tinge wardens yanks banner barbed bared barfed barrel barren buries bypast candle coddling craps crimps crises crisis crispy curt dandle derives deriving dilly discard discoed dives drivels droves fanned feds feuds filly finders fudge hilly interned internee internes jarred jimmy larked larking licit luring manned marked melts nudge parred penes pens perked poising praising premise pricing priding primates priming privater prizing retraining scrams scrape scrapes scrips sixth straps tanned tarred uprising vanned wildly wily intruded smoulder dorks employed employee employes factors forks hermit merry residency woks worms slowed snowed sowed stowed
broods cabals camped champed clasped clomped clumped cramped crooks discoverer grepped griped hath hutch screams streaks tapping thatch tidies toppling
diddles diddling fiddled fiddler fiddlers fuddles fuddling middles middling piddles riddles riddling
strong
barry carried carry garry harried larry lister marcy marty mary parried tarried
barries carrier failings gails grails lodge mailings pumping raining rauls sailings stopping tarrier wailing
abuses apes raes spikes
agrees bedding booker contented ewings greed perches redding sewings swigs swines underpays wadding wedging
alva auriga baird baize bare bella bertha beta betcha bethe beths blake broke bunch calders centrals dare della dora ella enjoy gala gallos gore greats greta herein heroic heron hissed hissing katie katinas lake laue letha luke malabo marco marcos margo margos mario marios martha maytag pissing track warner zaire
`;

export const protectedWords: ReadonlySet<string> = new Set(words.split(/\s+/).filter((word) => word.length > 0));
