"""Stance words of the languages read besides English, by family, as stems.

One list for the two readers that use them: the trained model's language-free features
(`learned/lexicon.py`: "verbietet", "interdit" and "zakaz" all light up `fam:ban`) and the rules'
verbs with Huawei as their object (`foreign_cues.py`) and lobbying markers (`markers.py`). Stems
match at a word start and run on to the word's end ("verbot" finds Verbot, Verbots, Verbote), so
a stem must not begin an English word ("insta" would find "install").
"""

from __future__ import annotations


def stems(words: str) -> str:
    """A pattern for any word starting with one of the space-separated stems."""
    return r"(?:" + "|".join(sorted(set(words.split()))) + r")\w*"


# Suspending (a ban, a decision): a court's pause, not a lifting. Not a family of the model's.
SUSPENDING = "suspen sospend sospes aussetz schort opgeschort zawiesz wstrzym pozastav"

STEMS: dict[str, str] = {
    "ban": (
        # de
        "verbot verbiet verbann ausschluss ausschließ ausgeschlossen ausgesperrt aussperr "
        "untersag sperrt gesperrt bannt blockier "
        # fr
        "interdi exclu exclut bannit bannir bloque écarte évinc proscri "
        # es, pt
        "prohib proíb proib veta vetar vetó veto excluy excluir exclusión bloquea banir bane "
        "barrou barram barrad "
        # it
        "vieta vietat divieto esclud esclus bando banna bloccat bandisc bandito bandita banditi "
        # nl
        "verbod verbied verboden uitgesloten uitsluit geweerd weert buitengesloten bant verbant "
        "bannen "
        # pl
        "zakaz wyklucz wykluczen banow zablokow wyrzuc "
        # sv, fi
        "förbud förbjud utesl utestäng portas portad stängs neka nekar nekad kielt kiello sulke "
        "suljet "
        # cs, ro
        "zákaz zakáz zakazuj vylouč vylučuj vykáz interzic interzis exclud blochea"
        " "
        # verbs the rules read with Huawei as object
        "prohíb vet exclure excluir banni banner sperr stopp stopt stäng kiel zakazuj bloqueia "
        "blocca blokuj expuls écart"
        # no, da, sk, sl, et, lt, hu, bg
        " forbud forby steng utesteng udeluk vylúč zakáž prepove izključ keela keelu keeld "
        "uždraud draudim kitilt betilt tiltás tiltj tiltott kizár забран"
    ),
    "remove": (
        "entfern ausbau rückbau austausch rauswurf retir démont démantèle démantel remplac "
        "desmont sustitu reemplaz rimuov rimozion smantell sostitu remov substitu verwijder "
        "vervang usun usuwa wymian ersätt byta riva poist korva odstran nahraz nahrad elimin "
        "înlocu îndepărt scoate"
        " usuw fjerne odstrán eemalda pašalin eltávolít премахн uklanj uklon"
    ),
    "restrict": (
        "beschränk einschränk begrenz kernnetz auflage restrei restrict limit cœur núcleo "
        "restring restricc restriz prescrizion nucleo beperk kernnetwerk ogranicz begräns "
        "kärnnät rajoit ydinverk omez jádr restricți nucleul"
        " begrens begræns obmedz omej piira apriboj korlátoz огранич"
    ),
    "review": (
        "entwurf gesetzentwurf prüf erwäg überleg debatt vorschlag projet envisag examin "
        "réfléch consultation propos proyecto anteproyecto estudia plantea consulta analiza "
        "disegno ddl valuta esamin propost consultazion projeto avalia estuda proposta "
        "wetsvoorstel overweeg overwegen overwoog onderzoek consultatie voorstel projekt "
        "nowelizac rozważ "
        "konsultac utred överväg förslag lagförslag remiss lakiesity esity harkits selvit "
        "návrh zvažuj posuz proiect analizeaz dezbat propuner"
        " estudi estud analiz avali évalu étudi valut"
        " vurder lovforslag posudz zvažov predlog osnutek kaalu eelnõu svarst javaslat fontolgat "
        "megfontol vizsgál проект обсъжда"
    ),
    "allow": (
        "erlaub zulass zugelassen genehmig autoris autoriz permet permit consent "
        "toestaan toegestaan toelat dopuszcz pozwol zezwol tillåt salli hyväksy povol umožn "
        "permite aprob libera liberou liberará"
        " tillat tillad dovol lubab lubas engedélyez engedi разреш"
    ),
    "partner": (
        "partner zusammenarbeit kooperation vertrag vereinbar absichtserklär partenariat "
        "accord contrat coopération mémorandum acuerdo alianza contrato cooperación memorando "
        "convenio accordo contratto collaborazion intesa acordo parceria cooperação "
        "samenwerk overeenkomst umow porozumien współprac avtal samarbet sopimu yhteisty "
        "kumppan smlouv spoluprác memorand parteneriat contract cooperare colabor"
        " avtale aftale samarbeid samarbejd dohod zmluv sodelov pogodb sporazum leping koostöö "
        "sutart bendradarb megállapodás együttműköd szerződés споразум сътрудн spoluprac"
    ),
    "court": (
        "gericht urteil klage tribunal conseil recours juzgado audiencia recurso tar "
        "tribunale ricorso sentenz justiça rechter rechtbank sąd trybunał skarg domstol "
        "förvaltningsrätt oikeus valitus soud instanț curte"
    ),
    "negation": (
        "nicht kein keine ohne pas sans aucun sin ni non senza não sem nem niet geen zonder "
        "nie bez inte ej utan ingen ei eikä ilman nu fără"
        " ikke nincs"
    ),
    "lobby": (
        "drängt fordert warnt druck appelliert exhorte pression presiona instan advierte presión "
        "pressa avverte pressione pressiona alerta pressão dringt waarschuw nacisk "
        "wzywa ostrzega naciska uppmana varna påtryck painost varoit vyzýv varuj tlak presiun "
        "avertiz îndeamn naleg"
        " advar opozarja pritisk hoiata spaudim figyelmeztet nyomás предупрежд"
    ),
    "state": (
        "regierung bundesregierung ministeri minister gesetz verordnung behörde "
        "gouvernement ministre ministère loi décret autorité gobierno ministerio ministro ley "
        "decreto autoridad governo ministero legge autorità governo ministério lei autoridade "
        "regering kabinet minister wet overheid rząd ministerstw minister ustaw rozporządzen "
        "regering regeringen minister lag myndighet hallitus ministeri laki viranomai vláda "
        "ministr zákon úřad guvern ministr lege ordonanț autoritat"
        " regjering myndighed vlada vlade valitsus seadus vyriausyb įstatym kormány törvény "
        "miniszt hatóság правителств министър закон"
    ),
    "off_topic": (
        "sanktion handy smartphone exportkontroll halbleiter verhaft festnahm anklage sanction "
        "téléphone puces semi-conduct arrestation sancion móvil teléfono semiconduct detenc "
        "sanzion telefon semicondutt arrest sanç celular telemóvel semicondut prisão sanctie "
        "sankcj smartfon półprzewodnik aresztow mobiltelefon gripen pakote puhelin "
        "älypuhelin sankc čip zatčen sancțiun cipuri arestat chips chip"
        " sanksjon sanktsioon szankció санкци"
    ),
}
