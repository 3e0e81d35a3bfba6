// Common given names across languages. A capitalised pair that starts with one
// of these is taken as a person even without a title or a speech verb nearby;
// names missing here still qualify through those context cues.
const NAMES = `
aaron abdul abdullah abu adam adrian ahmad ahmed aidan alan alastair albert alberto alejandro aleksandr
alex alexander alexandra alexei alexey alfred ali alice alicia alison allan amanda amber amelia amir amit
amy ana anders andre andrea andreas andrei andrew andrés andy angela angelina angus anil anita ann anna
anne annie anthony anton antonio arnold arthur ashley ashok aung ayesha barack barbara barry bashar basil
beatrice ben benjamin bernard bernie beth betty bill billy bob bobby boris brad bradley brendan brenda
brian bridget bruce bruno bryan carl carla carlos carmen carol caroline catherine cathy cecilia charles
charlie charlotte chen cheryl chris christian christina christine christopher claire clara claude
colin connor craig cristina dan daniel danny dario darren dave david dawn dean deborah debbie denis
dennis derek diana diane diego dimitri dmitry dmitri dominic don donald doris dorothy douglas duncan
dylan ed eddie edgar edith edward eileen elena eli elizabeth ella ellen emily emma emmanuel enrique eric
erik ernest ethan eugene eva evan evelyn fatima felix fernando fiona frances francesca francis
francisco francois françois frank fred frederick gabriel gareth gary gavin george georgina gerald
gerard gerhard giovanni giuseppe glen glenn gordon grace graham greg gregory guy hamid hannah hans
harold harriet harry hassan heather hector heinz helen helmut henri henry hillary howard hu hugh hugo
hussein ian igor ibrahim imran irene isaac isabel isabella ivan jack jackie jacob jacques jake james
jamie jan jane janet jason javier jean jeff jeffrey jennifer jenny jeremy jerry jess jessica jim jimmy
jo joan joanna joanne joe joel johan johann john johnny jon jonathan jorge jose josé josef joseph josh
joshua joyce juan judith judy julia julian julie julio justin kamala karen karl kate katherine kathleen
kathryn katie keith kelly ken kenneth kerry kevin khalid kim kirsty klaus kofi kurt kyle lara larry
laura lauren lee leo leon leonard leslie li liam lily linda lisa liz lloyd lois louis louise lucas
lucy luis luke lynn mahmoud malcolm mandy marc marco marcus margaret maria marie marina mario mark
martha martin mary matt matthew maurice max maxim megan mehmet mel melanie melissa michael michel
michelle miguel mike mikhail mohamed mohammad mohammed muhammad nadia nancy naomi narendra natalia
natalie nathan neil nelson nicholas nick nicola nicolas nicole nigel nikolai nina noah norman oleg
oliver olivia omar oscar owen pablo pamela patricia patrick paul paula pauline pedro pete peter petr phil
philip philippe pierre rachel rafael rahul raj ralph ramon randy raul ray raymond rebecca recep rex
richard rick rob robert roberto robin rod roger roland ron ronald rose ross roy ruth ryan sadiq sally
sam samantha samuel sandra sara sarah scott sean sebastian sergei sergey sergio seth shane sharon
shaun sheila shinzo simon sofia sonia sophie stanley stefan stephanie stephen steve steven stuart sue
susan suzanne tariq ted teresa terry theresa thomas tim timothy tina tobias todd tom tommy tony tracy
trevor valentina valery valeri vanessa victor victoria vijay viktor vincent vivian vladimir walter
wang wayne wendy werner william willie xi yasser yuri yury yusuf zach zoe abe ada adele agnes ahmet
aleksei alessandro alistair amina anand andrzej angelo antoine ariel arturo ashton audrey axel bao
benoit bertrand bianca bogdan brett brooke caitlin cameron carlo carter cesar chantal chloe chuck
clint cody cole dalia damian damien dana darius darya declan deepak denise desmond dieter dina
dmytro dolores dominique dwight eamonn eduardo elias elif elijah elisa elliot emil emilio enda enzo
erin esther fabian farid fatih felipe ferdinand fidel florian franco franz gao gemma geoff geoffrey
gianni gil gilbert gina giorgio gisele gloria gustavo hakan hana hao harvey haruto helena hiroshi
ibrahima ilya ingrid irina isabelle ismail jaime jamal janet jared jasmine javad jay jens jia
jin jing joao joão joaquin jodie jorg jürgen jurgen kai kalle kamal karim karin kasper katarzyna
kazuo keir kemal kenji khan kieran kirk kristen kwame lance lars laurent leila lena leonardo liang lin liu
lorenzo lorraine lu luca lucia ludwig luigi lukas lula mahathir mahmood manuel marcel marek margot
mariana marina marine mariusz markus marta mateo mathias matteo maureen mauricio maya mei michal
michał miriam mitch mitt mohsen monica morgan moses murat nabil nasser nawaz nikola nikolaos nils
noel nora olaf olga oliver osama otto pascal pat patrice pavel penny per piotr priya qasim
rachid rafael ramón rania rashid reza ricardo rita roman romano rosa rudy rupert saad salman sami
sanjay sasha satoshi saul serena sergio shah shahid shamima sheikh shimon shirley sid silvio
simone sinead siobhan sofia stavros sunil sven takeshi tamara tanya tareq tatiana thabo theo thierry
tiago timur tom tomas tomás ulrich uma usman vera vicente viktor vitaly vlad volodymyr wei wen
wilhelm wolfgang xavier yan yang yitzhak yoshihide yousef yu yulia zhang zheng zhou zoran
aaliyah abby abigail abraham ada adaeze adebayo adeline adil adolfo adriana adrienne afonso agatha agustin ahmadu aiden aileen aimee ainsley aisha akira akash akbar akio alain alana alastair alba albin alda alec aleksander aleksandra alessandra alessia alexa alexandre alexis alf alfie alfonso alfredo algernon alisha alistair alix allegra allison alma alonso alonzo alphonse alvaro alvin alyssa amadou amal amalia amanda amara amari ambrose amelie amin amina amira amos amrita anabel anastasia anatoly andrea andrej andres andriy aneurin angel angelica angelika angie anika anita anja ann anneliese annette annika anouk anselm antonia antonin antonella anwar april arabella aran archibald archie ariana arianna arjun arlene armand armando arnaud arne aron arsene artem arthur arvind asa asif asha ashraf asim astrid atticus audra augusto augustus aurelio aurora ava avery avi avril axel ayo ayumi azim
babak bailey barnaby barney bart bartholomew basil bastian bea beata beatriz becky belinda bella ben benedict benedikt benito benny berenice bernadette bernd bernhard berry bert bertie beryl bethan bethany betsy beverley beverly bevan bhupinder bibi bilal birgit bjorn björn blaine  blake blanca bonnie boyd brandon branko brenda brent bret bria brianna bridie brigitte britney brooks bruno bryony buddy burt buster byron
caleb callum calvin camila camilla camille candice cara carina carl carlton carly carmel carmelo carol carolyn carrie carsten cary casey caspar cassandra cassie cathal catalina catriona cecil cedric celeste celia celine cezary chad chaim chandra chanel charity charlene charley charlton cher cheryl chester chiara chidi chike chioma chris christa christel christiaan christie christoph christy chuck chukwuma ciara cillian cindy ciaran claes clancy clare clarence clarissa clark claudia claudio claus clayton clement clemente cliff clifford clive clodagh clyde colette colm conor conrad constance constantin constantine consuelo cora coral corey cormac cornelius cory courtney cristian cristiano curtis cynthia cyril cyrus
dafydd dag dai daisy dale damon dani daniela daniele danielle daphne darcy daria darina darryl daryl davey davide davina dawid dean deanna debra deirdre delia della delroy delphine demetrios dena deniz denzel derrick des desiree dewi dexter dhruv diane dick didier dilip dimitris dinah dirk dixie dmitriy dolly dom domenico don donal donna donovan dora doreen dorian dorota dougie duane dudley dunstan dwayne
earl eben ebony edda eddy eden edmund edna eduard edwin efua egon eilidh elaine eldon eleanor elena eli elio eliot eliza elizabeth elke ella elle ellie elliott ellis elmer eloise elsa elsie elton elvira elvis emeka emilia emilie emily emlyn emma emmett emre ena enid ennio enoch enrico ephraim eric erica erika ernesto ernie ernst errol erwin esme esteban estelle ethel etienne eunice eusebio eva evangeline eve evelyn everett ewan ezra
fabio fabrice fahad faisal fallon fanny farah farouk fatima fay faye federico felicity felix fenella ferdinand fergal fergus fernanda fidel filip filippo finbar finlay finn fintan fiona fitz flavio fleur flora florian floyd flynn francesca franck frankie franklin franz fraser freda freddie freddy frederic frederik freya frida fritz
gabby gabriela gabrielle gaby gail garry garth gaston gavin gaynor gene genevieve georg georges georgios geraint geraldine gerd gerhard gerrit gert gertrude gianluca gideon gigi gilles gillian ginny giulia giulio gladys glen glenda glyn godfrey goran gordon grace gracie grant gregor greta gretchen griffin gunnar gunter günter gus gustav guthrie gwen gwendolyn gwyneth gyorgy
hailey haley hamish hank hannes harald hari harlan harley harmon harold harpreet harriet hartmut haruki hasan hattie hayden hazel heath heidi heike helga helmut henrik henrique herb herbert herman hermann hernan hilary hilda hiram hiro hollie holly homer horace horst hosni hubert hud huey hughie humphrey huw hyacinth
iain ida idris ignacio igor ike ilan ilona imogen imelda ina inez inga inge ingo ioan ion iona ira iris irvine irving isa isaac isabela isadora isaiah ishaan isidore isla ismael istvan itzhak ivana ivor ivy iwan izzy
jacinta jack jackson jacky jacqueline jade jai jake jakob jakub jameson jamil jana janice janis janos jarrod jarvis jasper javed jay jayne jean jeanette jeanne jed jemima jenna jennie jerome jesse jessie jethro jill jillian jimi jiri joachim jocelyn jock jody joey johanna johannes jolene jonah jonas jonny jools jordi jorge josefina josephine josie jovan joy jozef jude jules juliana julianne julien juliet julius june justine
kaan kacper kamil kara karan kareem karel kari karla karol kasia kate kath kathy katia katrina katy kay kayla keiko keira kelvin ken kendall kendra kenny kenzo kerri kevin khadija kiera kiernan kiki kim kimberly kingsley kira kirsten klara koen kofi konrad konstantin kostas kris krishna krisztina kristian kristina kristin krzysztof kumar kurt kwabena kylie
lachlan lacey lara laszlo latoya laura laurence laurie lavinia lawrence layla leah leandro lee leigh leighton lennart lennox lenny leo leona leonard leonie leopold leroy lesley lester letitia levi lewis liam libby lidia lila lilian lillian lina lindsay lindsey linus lionel lisette livia liza logan lola lorcan loren lorna lottie lou louisa lourdes lowell luc luca lucas lucian luciano lucille lucinda ludovic luigi luka lukasz lulu luna lydia lyle lyndon lynette lynne
mabel mackenzie maddie madeleine madeline madison mads maeve magda magdalena maggie magnus mahendra maisie malachy malik mandla manfred manon manu manuel mara marcella marcelo marcia marco marcos margaret margarita margo mari maria mariam mariana marianne marie mariella marilyn mario marion marissa marjorie marla marlene marlon marsha marty marvin masood massimo mathew mathieu matilda mats mattias maud maura maureen mavis max maxine maxwell meera meg meghan mehdi melinda melvin meredith merle merlin mervyn mia micah michaela mick mickey miguel mika mikael mikko milan mildred miles millie milo milton mina mindy ming miranda mireille mirko misha moira mollie molly mona monique monty morag morris morten moshe muhammad muriel murray mustafa myles myra myrtle
nadine nana nancy natasha nathalie nathaniel naveed neal neha nell nellie nerys nessa nestor nev neville niall nichola nicky nico nicolai nicolette niels nigel nikhil nikita nikki nils nina ninian nita noam noelle nolan norah noreen norma norris nuala
octavia odette odile olamide oleksandr olive oliver olly omari onur oona ophelia orla orson osborne oskar osvaldo oswald otis owain ozzy
paddy paloma pam paolo pascale patsy patti patty paula paulette pauline pavel peggy penelope pepe percy perry petra pierce phoebe phyllis pia piers piper polly poppy preston priscilla prue
quentin quincy quinn
rachael radek rafa rafal rahim raheem raina raj rajesh rakesh ralf ramesh ramona randall randolph raphael rashid raymond reba reece reg reggie regina reginald reinhard remi renata renato rene renee reuben rhian rhiannon rhodri rhona rhys ricky rico rik rina rishi roald rob robbie roberta robyn rocco rocky rodney rodrigo rohan roisin roland rolf romy ronan ronnie rory rosalind rosamund rosanna roscoe rosemary rosie rowan rowena roxanne rudi rudolf rufus rui rupert russ russell ryszard
sabina sabine sabrina sacha sadie saeed saif salim sally salma salvatore samir sammy sandy santos sarita saskia scarlett scotty seamus sebastien selina selma seumas sergi seymour shabana shahid shakira shana shane shania shannon shara shawn shay sheena shelby shelley sherman sherry shona sidney siegfried sienna sigmund silvia simeon sissy solomon sonja sonny sophia soren spencer stacey stacy stan stanislav stella sten stephan stevie stewart stig sunita susanna susie suzy svetlana sybil sylvain sylvester sylvia
tabitha tadeusz taha talia tammy tania tara tarquin tasha taylor ted teddy terence teri terri tessa thea thelma theodore theresa thor tiffany tilly timo tobi toby tomasz toni tonya torsten tracey travis trent trevor trey tricia trina trish tristan troy trudy tyler tyrone
ugo ulla ulrike umar una uri ursula
valentin valentine valerie vaughan velma vera verity vern vernon veronica vic vickie vicky vidal vijay vikram viktoria vince vinnie viola violet virgil vito viv vivek vivienne volker
wade walid wally wanda warren wesley wilbur wilf wilfred will willa willem wilma winifred winston wojciech wyn wynn
xander xiomara
yael yannick yara yasmin yehuda yolanda yosef yvette yvonne
zac zachary zahid zara zeke zelda zoltan zora zuzana
katharine katherina yassir yasir ruud arjen jeroen joost pieter wim bram sjaak guus henk kees marten
reese dustin lleyton sol sania alois marat martyn gethin rio gianfranco keanu cate dannii geri joss orlando woody
ridley wes condoleezza pervez manmohan junichiro luiz evo segolene ségolène joschka ehud rafik fouad muammar abdelaziz
meles olusegun umaru yoweri mwai joaquim winnie graca padraig pádraig jenson kimi rubens jarno giancarlo heikki
valentino petter alun aled arron ashleigh barrie bev billie bobbie bryn cerys darrell dermot dion dwain fabien fearne
ffion frazer gerry giles glenys graeme harri hywel iestyn ieuan jacqui jenni jermaine jermain jolyon kyran lawrie
lennie lorne martina matthias micky ollie ozzie phill quinton rebekah sian steph zinedine olivier gael emile bixente
djibril ledley jussi jaap obafemi gilberto kolo eidur hernan hernán francesco nuno gianluigi gennaro
yann aurelien christophe herve hervé loic loïc serge yves guillaume thibault maxime mauro giampaolo pietro stefano riccardo vittorio josep xabi iker guillermo mariano paulo helder toshihiko kazuhiro taro takashi naoki koji yoshiaki masayuki shigeo satoru hideki junya hiromichi nobutaka yoshifumi ryuhei tevfik praful pranab dinesh hiten mansoor iqbal manjit amitabh abhishek irakli nikolay dimitar maciej panagiotis haile hicham kenenisa paradorn harel robby doug nate erich einar curt milt feargal digby richie ceri donnacha alasdair linford tobey
aurelie aurélie sandrine veronique véronique elodie élodie yuki yuko sayeeda priyanka lakshmi aishwarya jelena elene katerina karina georgeta selima muna kelli joice hayley tanni tirunesh magdaleena eleni susanne meryl barbra juliette charlize mariah yolande emmanuelle blythe tess fran vicki tabby missy darcey sharron
xing qing ping ying ling gill
`;

export const GIVEN_NAMES = new Set(NAMES.split(/\s+/).filter(Boolean));

// Given names borne almost only by women, and names borne by men and women alike. "Mr Jackson" never
// means Katherine Jackson, "Mrs Brown" never Gordon Brown; a name missing from both lists counts as a man's
// only when the general list knows it, so an unknown name never blocks a join.
const WOMEN = `
aaliyah abby abigail ada adaeze adele adeline adriana adrienne agatha agnes aileen aimee aisha alana alba
alexa alexandra aleksandra alessandra alessia alice alicia alisha alison allegra allison alma alyssa amal
amalia amanda amber amelia amelie amina amira amrita amy ana anabel anastasia andrea angela angelica angelika
angelina angie anika anita anja ann anna anne anneliese annette annie annika anouk antonella antonia april
arabella ariana arianna arlene astrid audra audrey aurora ava avril ayesha ayumi barbara bea beata beatrice
beatriz becky belinda bella berenice bernadette beryl beth bethan bethany betsy betty beverley beverly bianca
birgit blanca bonnie brenda bria brianna bridget bridie brigitte britney brooke bryony caitlin camila camilla
camille candice cara carina carla carly carmel carmen carol caroline carolyn carrie cassandra cassie catalina
catherine cathy catriona cecilia celeste celia celine chantal chanel charlene charlotte cher cheryl chiara
chioma chloe christa christel christina christine ciara cindy clara clare clarissa claudia claire clodagh
colette constance consuelo cora cristina cynthia daisy dalia dana daniela danielle daphne daria darina darya
davina dawn deanna debbie deborah debra deirdre delia delphine denise desiree diana diane dina dinah dolly
dolores donna dora doreen doris dorota dorothy edith edna efua eileen eilidh elaine eleanor elena elif elisa
eliza elizabeth elke ella elle ellen ellie eloise elsa elsie elvira emilia emilie emily emma erica erika erin
esme estelle esther ethel eunice eva evangeline eve evelyn fallon fanny farah fatima fay faye felicity fenella
fernanda fiona fleur flora frances francesca freda freya frida gabriela gabrielle gail gaynor gemma genevieve
georgina geraldine gertrude gillian gina ginny gisele giulia gladys glenda gloria grace gracie greta gretchen
gwen gwendolyn gwyneth hailey haley hana hannah harriet hattie hazel heather heidi heike helen helena helga
hilary hilda hillary hollie holly hyacinth ida ilona imelda imogen ina inez inga inge ingrid iona irene irina
iris isabel isabela isabella isabelle isadora isla ivana ivy jacinta jacqueline jade jana jane janet janice
janis jasmine jayne jeanette jeanne jemima jenna jennie jennifer jenny jessica jill jillian joan joanna joanne
jocelyn jodie johanna jolene josefina josephine josie joy joyce judith judy julia juliana julianne julie
juliet june justine kamala kara karen karin karla kasia katarzyna kate katherine kath kathleen kathryn kathy
katia katie katrina katy kayla keiko keira kelly kerri kiera kimberly kirsten kirsty klara kristen kristin
kristina krisztina kylie lara latoya laura lauren lavinia layla leah leila lena leona leonie lesley letitia
libby lidia lila lilian lillian lily lina linda lindsay lindsey lisa lisette livia liz liza lois lola lorna
lorraine lottie louisa louise lourdes lucia lucille lucinda lucy lulu luna lydia lynette lynn lynne mabel
madeleine madeline madison maeve magda magdalena maggie maisie mandy manon mara marcella marcia margaret
margarita margo margot maria mariam mariana marianne marie mariella marilyn marina marion marissa marjorie
marla marlene marsha marta martha mary maud maura maureen mavis maxine maya meera meg megan meghan mei
melanie melinda melissa meredith mia michaela michelle mildred millie mindy miranda mireille miriam moira
mollie molly mona monica monique morag muriel myra myrtle nadia nadine nancy naomi natalia natalie natasha
nathalie neha nell nellie nerys nessa nichola nicola nicole nicolette nikki nina nita noelle nora norah noreen
norma nuala octavia odette odile olga olive olivia oona ophelia orla paloma pam pamela pascale patricia patsy
patti patty paula paulette pauline peggy penelope penny petra phoebe phyllis pia polly poppy priscilla priya
prue rachael rachel raina ramona rania rebecca regina renata renee rhian rhiannon rhona rita roberta robyn
roisin romy rosa rosalind rosamund rosanna rose rosemary rosie rowena roxanne ruth sabina sabine sabrina sadie
sally salma samantha sandra sara sarah sarita saskia scarlett selina selma serena shabana shakira shamima
shania sharon sheena sheila shelley sherry shirley shona sienna silvia simone sinead siobhan sofia sonia
sonja sophia sophie stacey stacy stella stephanie sue sunita susan susanna susie suzanne suzy svetlana sybil
sylvia tabitha talia tamara tammy tania tanya tara tasha tatiana teresa teri terri tessa thea thelma theresa
tiffany tilly tina tonya tracey tracy tricia trina trish trudy ulla ulrike una ursula valentina valerie
vanessa velma vera verity veronica vicky vickie victoria viktoria viola violet virginia vivienne wanda wendy
wilma winifred xiomara yael yara yasmin yolanda yulia yvette yvonne zara zelda zoe zora zuzana
aoife alda asha ciara dena della dixie ebony edda ena enid gigi katharine katherina kendra khadija kiki kira lacey
maddie marine matilda mina niamh piper reba rina saoirse shana shara sissy uma willa
sania cate dannii geri condoleezza segolene ségolène winnie graca ashleigh cerys fearne ffion glenys jacqui jenni
martina rebekah sian gill
aurelie aurélie sandrine veronique véronique elodie élodie yuki yuko sayeeda priyanka lakshmi aishwarya jelena elene katerina karina georgeta selima muna kelli joice hayley tanni tirunesh magdaleena eleni susanne meryl barbra juliette charlize mariah yolande emmanuelle blythe tess fran vicki tabby missy darcey sharron
`;
const EITHER = `
alex alexis ali andrea ashley avery bailey billie casey charlie chris christie dana dani darcy drew eden
frankie gabby gaby hayden jackie jamie jan jean jesse jessie jo jody jordan jules kai kelly kendall kerry
kim kris lee leigh leslie lindsay lou mackenzie morgan nicky pat quinn remi rene robin rory sacha sam sandy
sasha shannon shay sidney stevie taylor terry toni val viv yan amara amari ariel courtney dominique izzy jess kay
laurie loren merle mika nana shelby vivian reese bev billie bobbie steph joss
`;

const words = (list: string): string[] => list.split(/\s+/).filter(Boolean);
const EITHER_SET = new Set(words(EITHER));
export const WOMEN_GIVEN_NAMES = new Set(words(WOMEN).filter((name) => !EITHER_SET.has(name)));
/** A known given name borne by men only (as far as these lists go). */
export const isMansGivenName = (lower: string): boolean => GIVEN_NAMES.has(lower) && !WOMEN_GIVEN_NAMES.has(lower) && !EITHER_SET.has(lower);

/**
 * Given names that are a man's in Italian and a woman's in English: "Andrea Pirlo" and "Andrea Levy", "Simone
 * Inzaghi" and "Simone Clarke": the surname says which.
 */
const ITALIAN_MEN_ENGLISH_WOMEN = new Set(['andrea', 'nicola', 'simone', 'michele', 'daniele', 'gabriele']);
/** Italian surnames end in a vowel ("Pirlo", "Masi", "Lo Cicero"); English ones mostly do not ("Arnold", "Sturgeon"). */
const ITALIAN_SURNAME_ENDING = /[aio]$/;

/**
 * "she" for "Andrea Arnold" or "Rebecca Harland", "he" for "Andrea Masi" or "Gary Holt", null when the name does
 * not say: a given name the lists know as one sex's, or one of the names whose sex follows the surname's language.
 */
export function givenNameSex(name: string): 'he' | 'she' | null {
  const words = name.split(/\s+/);
  if (words.length < 2) return null;
  const given = words[0].toLowerCase();
  if (ITALIAN_MEN_ENGLISH_WOMEN.has(given)) return ITALIAN_SURNAME_ENDING.test(words[words.length - 1].toLowerCase()) ? 'he' : 'she';
  return WOMEN_GIVEN_NAMES.has(given) ? 'she' : isMansGivenName(given) ? 'he' : null;
}
