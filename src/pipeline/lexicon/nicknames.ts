// Forms of one given name: short forms and transliterations. Two people whose
// given names fall in one group and who share a surname are one person
// ("Bill Okafor" and "William Okafor"). Names may sit in two groups ("Chris").

const GIVEN_NAME_GROUPS = `
james jim jimmy jamie
william bill billy will willie
robert bob bobby rob robbie bert
michael mike mikey mick mickey
joseph joe joey
thomas tom tommy
alexander alex alexandr aleksandr aleksander alexandre sasha
alexandra alex sandra
richard rick dick ricky rich
charles charlie chuck
edward ed eddie ted ned
elizabeth liz beth betty lizzie eliza
margaret maggie meg peggy
catherine katherine kathryn kate katie cathy kathy
christopher chris
christine christina chris
daniel dan danny
david dave davy
anthony tony antony
andrew andy drew
nicholas nick nicky nicolas
benjamin ben benny
jonathan jon jonny
john jack johnny
matthew matt
patrick pat paddy
peter pete
philip phil phillip
samuel sam sammy
stephen steven steve stephan
timothy tim timmy
gregory greg
kenneth ken kenny
lawrence laurence larry
ronald ron ronnie
donald don donny
douglas doug
gerald gerry jerry
jeffrey geoffrey jeff geoff
joshua josh
frederick fred freddie
francis frank frankie
henry harry hank
leonard len lenny
raymond ray
theodore ted teddy theo
vincent vince
zachary zach zack
abraham abe
nathaniel nathan nate
rebecca becky
susan sue susie
deborah debbie debra
jennifer jenny jen
patricia patty tricia pat
victoria vicky
barbara barb
dorothy dot dottie
sergei sergey serguei sergiy serhiy
yuri yury yuriy iouri juri
alexei alexey aleksei aleksey alexej
dmitry dmitri dmitriy
andrei andrey andriy
nikolai nikolay mykola
vasily vasili vassily
yevgeny yevgeni evgeny evgeni eugene
valery valeri valeriy
vitaly vitali vitaliy
anatoly anatoli anatoliy
grigory grigori
georgy georgi georgiy
mikhail mikhael
arkady arkadi arkadiy
viktor victor
maxim maksim
vladimir volodymyr
oleksandr olexandr
yulia yuliya julia
tatiana tatyana
natalia natalya
maria mariya
mohammed muhammad mohammad mohamed muhammed mohamad
ahmed ahmad
hussein husain hussain
osama usama
abdullah abdallah abdulla
khaled khalid
muammar moammar moamer
omar umar
hassan hasan
ali aly
`;

const SURNAME_GROUPS = `
gaddafi qaddafi kadhafi gadhafi qadhafi kadafi
zelensky zelenskyy zelenskiy
shoigu shoygu
yanukovych yanukovich
tymoshenko timoshenko
khodorkovsky khodorkovskiy
gorbachev gorbachov
khrushchev khrushchov
yeltsin eltsin
medvedev medvedyev
navalny navalnyy
`;

function groups(list: string): string[][] {
  return list.trim().split('\n').map((line) => line.trim().split(/\s+/)).filter((g) => g.length > 1);
}

function index(list: string): Map<string, Set<string>> {
  const byName = new Map<string, Set<string>>();
  for (const group of groups(list)) {
    for (const name of group) {
      const ids = byName.get(name) ?? new Set<string>();
      ids.add(group[0]);
      byName.set(name, ids);
    }
  }
  return byName;
}

const GIVEN = index(GIVEN_NAME_GROUPS);
const GIVEN_VARIANTS = variantsOf(GIVEN_NAME_GROUPS);

/** Each name with every other name of every group it belongs to. */
function variantsOf(list: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const group of groups(list)) {
    for (const name of group) {
      const all = out.get(name) ?? new Set<string>();
      for (const other of group) all.add(other);
      out.set(name, all);
    }
  }
  return out;
}
const SURNAMES = index(SURNAME_GROUPS);
const SURNAME_VARIANTS = variantsOf(SURNAME_GROUPS);

/** Canonical forms of a lowercase given name: itself when it has no known variants. */
export function givenNameForms(name: string): string[] {
  return [...(GIVEN.get(name) ?? [name])];
}

/** Every spelling that may stand for this lowercase given name, itself included. */
export function givenNameVariants(name: string): string[] {
  return [...(GIVEN_VARIANTS.get(name) ?? [name])];
}

/** Canonical form of a lowercase surname. */
export function surnameForm(name: string): string {
  const ids = SURNAMES.get(name);
  return ids ? [...ids][0] : name;
}

/** Every spelling of this lowercase surname, itself included ("shoigu", "shoygu"). */
export function surnameVariants(name: string): string[] {
  return [...(SURNAME_VARIANTS.get(name) ?? [name])];
}
