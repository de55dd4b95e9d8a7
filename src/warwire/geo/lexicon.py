"""Word lists the toponym recogniser reads context with (lower-case, general English).

Nothing here names a particular place: these are the words *around* a place
name that say whether a capitalised word is a place, a person or an
organisation, whether a place is acting as a government (metonymy), and how
precisely it locates something.
"""

from __future__ import annotations

from functools import lru_cache
from ..datafiles import data_lines, read_data

#: Words right after a name that give its administrative level ("Kharkiv oblast").
UNIT_AFTER = {
    "oblast": "admin1", "oblasts": "admin1", "province": "admin1", "provinces": "admin1",
    "region": "admin1", "regions": "admin1", "governorate": "admin1", "krai": "admin1",
    "state": "admin1", "states": "admin1", "republic": "admin1", "republics": "admin1",
    "district": "admin2", "districts": "admin2", "raion": "admin2", "raions": "admin2",
    "rayon": "admin2", "county": "admin2", "counties": "admin2", "parish": "admin2",
    "municipality": "admin2", "hromada": "admin2",
    "city": "city", "town": "city", "village": "city", "settlement": "city",
}
#: Plural unit words that distribute over a list ("the Kharkiv and Sumy regions").
UNIT_PLURALS = frozenset({"oblasts", "provinces", "regions", "districts", "raions",
                          "counties", "states", "republics"})
#: "the city of X", "the region of X": the word before "of" gives the level.
UNIT_BEFORE = {
    "city": "city", "town": "city", "village": "city", "settlement": "city", "port": "city",
    "capital": "city", "hamlet": "city", "suburb": "city",
    "region": "admin1", "province": "admin1", "oblast": "admin1", "state": "admin1",
    "district": "admin2", "county": "admin2", "raion": "admin2", "municipality": "admin2",
}

#: Prepositions after which a capitalised name is most likely a place.
LOCATIVE_PREPS = frozenset("""
in near at from into outside around towards toward across through throughout inside within
""".split())
#: Prepositions that often but not always precede a place ("a letter to Borrell").
WEAK_LOCATIVE_PREPS = frozenset("to via between beyond along past onto off over".split())
#: Words before "to" that make it no preposition of place ("according to Nuland").
NOT_LOCATIVE_BEFORE_TO = frozenset("""according due thanks owing compared similar close next
prior relative opposed attributed addressed""".split())

#: Verbs whose object is usually a place in war and general news ("shelled Bakhmut").
PLACE_VERBS = frozenset("""
shell bomb strike hit attack storm capture seize take retake recapture liberate encircle surround
besiege occupy control enter reach approach leave flee evacuate defend hold visit tour raid
target pound bombard blockade annex abandon cross land fly travel return move relocate
""".split())

#: Of those, the verbs only places undergo: their object is a place whatever the tagger
#: labelled it ("shelling hit Avdiivka" with Avdiivka tagged a person).
SIEGE_VERBS = frozenset("""
shell bomb strike hit storm capture seize retake recapture liberate encircle surround besiege
occupy pound bombard blockade annex
""".split())

#: Words of attack whose "on" takes a place ("the strike on Kramatorsk", "advanced on Kherson").
ATTACK_ON = frozenset("""
strike attack assault offensive raid shelling bombardment bombing advance push march fire
barrage onslaught counteroffensive counter-offensive drive closing
""".split())

#: Verbs whose subject, when a place, is a government acting ("Moscow said").
AGENT_VERBS = frozenset("""
say tell announce accuse deny agree warn threaten demand urge call claim insist confirm reject
refuse condemn welcome vow pledge promise decide approve impose sanction send supply provide
deliver launch invade annex recognise recognize expel ban sign ask want plan hope believe
argue respond retaliate blame negotiate vote join support back oppose seek offer request
propose report state declare order allow halt suspend summon protest criticise criticize dismiss
acknowledge admit expect fear consider intend try need describe dub label brand accept insist
mobilise mobilize recall boycott veto push press pressure lobby react retort counter complain
choose take continue retaliate seek attempt aim prepare threaten use deploy withdraw pull station
mass move shell bomb strike fire fight accuse refuse fail manage begin start stop resume
escalate target pay buy sell import export cut reduce increase raise lower indicate signal
stress note suggest maintain hint concede reply think view regard
hit do win help train arm build develop invest spend meet talk visit attend conduct fund
finance test echo appear seem work fulfil fulfill cooperate coordinate compete
""".split())

#: Verbs whose subject, when a country or a capital, is still the place: what happens to a
#: land or what it is ("Ukraine borders Poland", "Kyiv came under fire", "Russia has vast
#: reserves").  Any other verb with a country as its subject makes it a government or army
#: acting ("Russia had lost 30 tanks", "the US is preparing a package").  A land that "hosts"
#: refugees, troops or talks is where they are.
PLACE_SUBJECT_VERBS = frozenset("""
be lie sit border share neighbour neighbor stretch span extend cover include contain comprise remain
become see witness experience suffer endure undergo face come fall burn shake flood freeze wake
sleep look sound have account rank count number total produce grow shrink get go stand
rise host
""".split())
#: Adjectives and participles of a will or a mood after "be": a country "ready to talk" or
#: "relieved" is its government ("the US would be relieved", "Kyiv is willing to").
STANCE_ADJECTIVES = frozenset("""
ready willing unwilling prepared determined committed eager keen reluctant loath able unable
relieved pleased satisfied disappointed concerned worried alarmed interested uninterested
opposed confident certain sure aware unaware happy unhappy open intent adamant firm
forced compelled obliged poised set
""".split())

#: Participles that, hyphened to a name, make it an adjective of origin or backing, not a place
#: where anything is or happens ("US-made rockets", "Moscow-backed forces", "a Kyiv-based analyst").
ORIGIN_PARTICIPLES = frozenset("""
made built supplied provided donated backed funded financed sponsored led based born trained
designed manufactured produced developed bred installed appointed aligned allied leaning friendly
""".split())

#: Verbs whose object, when a place, is a government addressed or acted on ("urged Kyiv to",
#: "Biden begged Saudi Arabia", "accused Moscow of").
ADDRESSED_VERBS = frozenset("""
ask urge beg tell warn press pressure persuade convince accuse blame sanction thank congratulate
criticise criticize condemn invite lobby implore remind reassure assure support back arm help
recognise recognize reward punish supply
""".split())

#: Words whose "with" takes a party, not a place ("talks with Russia", "cut ties with
#: Moscow", "agreed with Kyiv"); "the border with Ukraine" stays a place.
PARTY_WITH = frozenset("""
talks negotiations relations ties dialogue standoff competition confrontation tensions deal
agreement agreements cooperation compromise compromises partnership alliance rivalry contacts
contact dispute feud row rapprochement trade war conflict solidarity engagement exchange swap
talk negotiate agree cooperate compete trade side deal meet clash
""".split())

#: Nouns whose "to" takes the government a diplomat is sent to ("US Ambassador to Moscow").
ENVOY_TO = frozenset("ambassador ambassadors envoy envoys embassy mission delegation".split())
#: Nouns whose "in" takes the capital a government sits in ("the regime in Tehran"); not
#: "authorities" or "government", which are as often a city's own ("the occupation
#: government in Melitopol").
RULERS_IN = frozenset("regime regimes junta leadership rulers tyrants clerics".split())

#: Nouns that make a possessive or modifying place name a government or army
#: ("Kyiv's forces", "the Kremlin's decision", "Moscow officials").
AGENT_NOUNS = frozenset("""
force forces troops troop army armies military navy government governments leadership leader
leaders official officials president presidency minister ministers ministry embassy ambassador
envoy diplomat diplomats regime parliament authorities administration spokesman spokeswoman
spokesperson delegation negotiators negotiator intelligence ally allies war invasion offensive
counteroffensive counter-offensive aggression campaign decision position policy response demands
claims statement sanctions soldiers commanders commander generals defence defense propaganda
veto aid weapons arms occupation annexation representative representatives envoys mission
agency agencies service services media broadcaster action actions move moves lawmakers
legislators senators strategy diplomacy
""".split())

#: Kin, as a word before a name ("his son Andriy") or after a possessive ("Natalia's son").
_KIN = frozenset("""brother sister son daughter wife husband mother uncle aunt cousin nephew
niece grandson granddaughter widow fiance fiancee boyfriend girlfriend""".split())
#: Words before a name that make it a person ("President X", "Mr X", "Gen. X").
TITLES = frozenset("""
president vice prime minister mr mr. mrs mrs. ms ms. miss dr dr. prof prof. gen gen. general
lt lt. col col. colonel capt capt. captain maj maj. major sgt sgt. sen sen. senator rep rep.
gov gov. governor mayor king queen prince princess pope sir lord lady dame rev rev. father
chancellor secretary ambassador judge justice chief commander spokesman spokeswoman premier
lawmaker deputy adviser advisor aide analyst coach striker player journalist reporter
correspondent officer patriarch metropolitan archbishop bishop cardinal sheikh emir sultan
president-elect ex-president actor actress singer rapper author writer director producer
artist musician comedian model
""".split()) | _KIN
#: After a possessive, these make the owner a person: "Natalia's son", "Kim's family".
KIN_NOUNS = _KIN | frozenset("""sons daughters brothers sisters parents children child family
father grandmother grandfather""".split())

#: Lower-case words that are also place names somewhere; capitalised at the start of a
#: sentence or in a title they are still these words unless the context says place.
COMMON_WORDS = frozenset("""
will police march may june august mobile reading bath hope justice union liberty
independence victory unity progress mission university college center centre central
national federal general deputy president guard marine navy army commerce energy defence
defense interior state home office parliament congress senate house court council bank
sun moon star time times post news herald tribune mail express guardian observer
independent telegraph chronicle globe mirror sky nation world earth west east north south
republic people peoples media press social security health education water power energy
oil gas food trade market money price prices war peace love life faith grace joy
freedom summit
temple church mosque kings queens prince princes royal crown embassy consulate airport
paradise eden zion
""".split())

#: Words that show a demonym is a language ("in Russian", "the Ukrainian language").
LANGUAGE_NEXT = frozenset({"language", "languages", "speaking", "speaker", "speakers",
                           "translation", "translator", "subtitles", "dialect", "word",
                           "words", "name", "alphabet", "version", "text", "-language"})
LANGUAGE_VERBS = frozenset({"speak", "translate", "write", "learn", "teach", "dub", "subtitle",
                            "understand", "sing", "read"})

#: Last words of names of buildings, streets and other facilities ("Carnegie Library").
FACILITY_HEADS = frozenset("""
street st road rd avenue ave boulevard blvd lane drive highway motorway freeway bridge tunnel
square plaza park gardens garden library church cathedral chapel mosque synagogue temple
school academy hospital clinic stadium arena airport airfield airbase station terminal port
harbour harbor pier market mall hotel inn museum theatre theater hall tower palace castle
prison jail plant factory works mine dam reservoir canal lake river island islands bay beach
mountain mountains hills valley forest fields field estate heights quarter district embankment
prospekt prospect highschool elementary cemetery monument memorial base barracks refinery
depot warehouse shipyard
""".split())

#: Nouns after a name the gazetteer does not know that make it an organisation's ("the
#: Bruegel think tank", "the Razumkov Centre", "Rystad Energy"), not a place to look up.
ORG_AFTER = frozenset("""
think institute institution foundation fund group company corporation firm consultancy
consultants agency centre center council party movement network initiative project programme
program forum society association lab laboratory laboratories index research analytics energy
capital partners media holdings
""".split())

#: Words that make a "... Church" a denomination, not a building ("the Catholic Church",
#: "the Ukrainian Orthodox Church").
DENOMINATIONS = frozenset("""
catholic orthodox anglican lutheran protestant evangelical baptist methodist apostolic
episcopal presbyterian pentecostal autocephalous reformed
""".split())

#: Small words allowed inside a multi-word place name ("Rostov-on-Don", "Bay of Biscay").
PARTICLES = frozenset("""
of on upon the de du des la le les del della di da dos das do van von der den am im an sur
sous en y e i and al el
""".split())

#: Words that are place names somewhere but never one on their own in English text:
#: directions and qualifiers ("Northeast Georgia", "Metro Nashville"), unit words,
#: ordinals ("First Bank").
GENERIC_ALONE = frozenset("""
north south east west northeast northwest southeast southwest northern southern eastern
western central middle upper lower greater metro downtown inner outer mid midwest
city town village state county district region province oblast raion parish borough
municipality territory capital republic kingdom empire union federation commonwealth
first second third fourth fifth sixth seventh eighth ninth tenth new old great little
grand big saint st san santa fort mount lake river island bay port cape
congress parliament senate council court police army navy ministry cabinet government
university college school academy institute hospital center centre church cathedral
airport station market mall park square bridge hall house tower palace castle building arena
stadium library museum theatre theater prison base camp plant factory mine mountain mountains
hill hills valley desert forest sea ocean gulf coast beach islands lake river creek
peninsula strait straits
""".split())

#: Words after a place name that make the name part of the name of something else:
#: a disease or a virus ("West Nile virus", "Marburg virus", "Spanish flu").
EPONYM_NEXT = frozenset("""
virus viruses ebolavirus fever flu influenza disease syndrome strain variant encephalitis
agreement agreements accord accords protocol protocols treaty convention declaration format
memorandum deal cocktail cocktails
""".split())

#: Plural nouns whose members are states ("countries such as France", "allies, including Britain").
STATE_NOUNS = frozenset(w.strip() for w in data_lines("state_nouns.txt"))

#: Words that lead a port's, a fort's or a lake's own name ("Port Rashid", "Fort Bragg").
NAME_LEADS = frozenset(w.strip() for w in data_lines("name_leads.txt"))

#: Words that never start a place name on their own.
NEVER_START = frozenset("""
the a an this that these those it its his her their our my your i we you he she they
and or but if when while as so not no yes mr mrs ms dr
""".split())


@lru_cache(maxsize=1)
def dictionary_words() -> frozenset[str]:
    """Lower-case English words: :data:`COMMON_WORDS` and the verbs, adjectives and
    adverbs of the parser's own word index (the lemmatizer's; its nouns are left out, as
    they hold the names of places: "danbury", "chartres"); only the former when the
    model has no index.  A capitalised one may still be a place, but a small foreign
    town needs more than its capital letter ("Freedom to Russia!")."""
    try:
        from ..analyse.nlp import load_model
        from ..config import Settings

        pipe = load_model(Settings().model).get_pipe("lemmatizer")
        table = pipe.lookups.get_table("lemma_index")
        forms = [w for pos in ("verb", "adj", "adv") for w in table.get(pos, [])]
    except Exception:  # another model, or none: the hand list alone
        return COMMON_WORDS
    return frozenset(w for w in forms if w.isalpha()) | COMMON_WORDS


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-case given names from ``data/first_names.txt`` (shared with the quote
    extractor's pronoun resolution): "Natalia Petrova" is a person, not a town in Texas.
    Empty when the file is absent."""
    try:
        text = read_data("first_names.txt")
    except OSError:
        return frozenset()
    names = (line.split("\t", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(n for n in names if n and not n.startswith(("#", "-")))
