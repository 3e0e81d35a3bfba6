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
oliver olivia omar oscar owen pablo pamela patricia patrick paul paula pauline pedro peter petr phil
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
kazuo keir kemal kenji khan kieran kirk kristen kwame lars laurent leila lena leonardo liang lin liu
lorenzo lorraine lu luca lucia ludwig luigi lukas lula mahathir mahmood manuel marcel marek margot
mariana marina marine mariusz markus marta mateo mathias matteo maureen mauricio maya mei michal
michał miriam mitch mitt mohsen monica morgan moses murat nabil nasser nawaz nikola nikolaos nils
noel nora olaf olga oliver orlando osama otto pascal pat patrice pavel penny per piotr priya qasim
rachid rafael ramón rania rashid reza ricardo rita roman romano rosa rudy rupert saad salman sami
sanjay santiago sasha satoshi saul serena sergio shah shahid shamima sheikh shimon shirley silvio
simone sinead siobhan sofia stavros sunil sven takeshi tamara tanya tareq tatiana thabo theo thierry
tiago timur tom tomas tomás ulrich uma usman vera vicente viktor vitaly vlad volodymyr wei wen
wilhelm wolfgang xavier yan yang yitzhak yoshihide yousef yu yulia zhang zheng zhou zoran
`;

export const GIVEN_NAMES = new Set(NAMES.split(/\s+/).filter(Boolean));
