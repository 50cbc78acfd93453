"""Stance verbs of the other languages read, where they act on Huawei by name.

English is read by the full lexicon; in German, French, Spanish, Italian, Portuguese, Dutch,
Polish, Swedish, Finnish, Czech and Romanian the rules read the commonest construction of a
headline, a verb with Huawei (or ZTE) as its object: "Suecia prohíbe a Huawei", "la France
n'interdira pas Huawei", "Portugal não vai proibir a Huawei". Requiring the vendor as the object
keeps them safe: "esclude" alone is as often "rules out (a ban)" as "excludes (Huawei)".
Huawei's kit counts as Huawei ("verbietet kritische Komponenten von Huawei"), and so do Chinese
vendors left unnamed ("verbannt chinesische Komponenten"); a ban upheld by a
court or said to stand, and a law named after Huawei confirmed, are read too; so are Huawei as
the subject of a passive ("Huawei esclusa dal 5G in Australia": the country after the
preposition decided), "no a Huawei", and German's verb at the end ("will Huawei verbieten").
Negations and hedges in those languages are in markers.py and conventions.py.

The verbs' stems are the model's (`foreign_words.py`): one list for both readers.
"""

from __future__ import annotations

from bot.core.analysis.families import (
    ALLOW,
    BAN,
    NO_LIMIT,
    PARTNER,
    REMOVE,
    RESTRICT,
    REVIEW,
    UPHOLD_BAN,
    UPHOLD_RESTRICT,
)
from bot.core.analysis.foreign_words import STEMS, SUSPENDING, stems
from bot.core.analysis.relevance import HIGH_RISK_SUPPLIERS

_NAME = r"(?:Huawei|ZTE|Zte)"  # Italian and Portuguese papers write "Zte"
# Huawei's kit as the object: "verbietet kritische Komponenten von Huawei", "démanteler 3000
# antennes Huawei", "prohíbe los equipos de Huawei".
_KIT = (
    # "vieta l'uso di componenti", "prohíbe el uso de equipos", "verbietet den Einsatz von"
    r"(?:(?:uso|utilizzo|utilisation|utilização|utilización|empleo|Einsatz|Nutzung|acceso|accès|"
    r"accesso|acesso|gebruik|"
    # the sale of network kit, not of phones: "prohíbe la venta de equipos de Huawei"
    r"venta(?:\s+e\s+importación)?|importación(?:\s+y\s+venta)?|vendita|vente|venda|Verkauf|"
    r"verkoop|sprzedaż\w*|prodej\w*|försäljning\w*)\s+"
    r"(?:(?:di|de|do|des|von|van|z|av)\s+)?)?"  # Slavic genitives: "prodej zařízení Huawei"
    r"(?:(?:\d[\d.\s]*|des\s+milliers\s+d['’]|milhares\s+de\s+|miles\s+de\s+|"
    # "prohibir algunos componentes de Huawei", "bestimmte Komponenten"
    r"(?:algun|ciert|determinad|certain|alcun|determinat|bestimmt|einig|sommige|bepaalde|"
    r"niektór|některé|vissa|anumite)\w*\s+)?"
    r"(?:kritische\w*\s+|critiques?\s+|críticos?\s+|critici\s+)?"
    r"(?:\w+-)?"  # "5G-Technik", "Netzwerk-Komponenten"
    r"(?:Komponenten|Ausrüstung|Geräte|Bauteile|Technik|équipements?|antennes|composants|"
    r"matériels?|equipos?|equipamientos?|antenas|componentes|apparati|apparecchiature|"
    r"componenti|antenne|equipamentos|apparatuur|componenten|uitrusting|onderdelen|"
    r"sprzęt\w*|produkt\w*|"
    r"produtos|productos|produits|prodotti|"
    r"komponent\w*|utrustning\w*|laitte\w*|zařízení|echipamente\w*|"
    r"(?<=-)technologie|"  # "5G-technologie van Huawei", never the word alone
    r"5G)\s+"  # "usar el 5G de Huawei"
    # what the kit is for: "equipos 5G de Huawei", "apparatuur voor 5G van Huawei"
    r"(?:(?:(?:de|di|do|da|für|pour|voor|dla|pro|för)\s+)?(?:5G|telecom\w*|télécoms?)\s+)?"
    # "produtos e serviços das chinesas Huawei e ZTE"
    r"(?:(?:e|y|et|und|en|i|och|a)\s+(?:serviços|servicios|services|Dienste\w*|diensten|usługi|"
    r"služby|tjänster)\s+)?"
    r"(?:(?:von|de|di|da|do|das|des|du|dos|della|delle|del|dei|z|från|od|van|av)\s+)?)?"
)
# Chinese (or high-risk) vendors or their kit, unnamed: "verbannt chinesische Komponenten",
# "weert Chinese telecombedrijven", "exclut les équipementiers chinois".
_CHINESE = (
    r"(?:chinesisch\w*|chinois\w*|chinos|chinas|chineses|chinesas|cinesi|cinese|chinês|chinesa|"
    r"Chinese|chinees|chińsk\w*|čínsk\w*|kinesisk\w*|chinezeșt\w*)"
)
_SUPPLIERS = (
    r"(?:\w*komponenten|Anbieter\w*|Hersteller\w*|\w*ausrüster\w*|Bauteile\w*|équipementiers|"
    r"fournisseurs|proveedores|fabricantes|fornitori|fornecedores|leveranciers|\w*bedrijven|"
    r"[\w-]*componenten|[\w-]*onderdelen|"
    r"dostawc\w*|dodavatel\w*|dodávate\w*|leverantörer\w*|furnizori\w*|"
    # companies: "exclusión de empresas chinas", "entreprises chinoises", "aziende cinesi"
    r"empresas|compañías|entreprises|sociétés|aziende|società|Unternehmen|firm\w*|"
    r"společnost\w*|företag\w*)"
)
# Chinese kit unnamed: "les équipements télécoms chinois", "chinesischer Handy-Technik". Fewer
# words than _KIT's: with all of them, "mette in guardia da divieto componenti cinesi" (a
# warning against a ban) read as a restriction.
_KIT_WORD = (
    r"(?:équipements?|equipos|equipamentos|apparecchiature|apparatuur|Ausrüstung|[\w-]*Technik|"
    r"sprzęt\w*|zařízení|5G)"  # "Londra vieta il 5G cinese"
)
_CHINESE_VENDORS = (
    _CHINESE
    + r"\s+(?:[\w-]+\s+)?"
    + _SUPPLIERS
    + r"|"
    + _SUPPLIERS
    + r"\s+"
    + _CHINESE
    + r"|"
    + _KIT_WORD
    + r"\s+(?:[\w-]+\s+)?"
    + _CHINESE
    + r"|"
    + HIGH_RISK_SUPPLIERS  # "excluir fornecedores de alto risco"
)
# The vendor as object: an article or preposition the language puts before it, then its name
# (or Chinese vendors unnamed).
_VENDOR = (
    # "n'interdira pas Huawei", "verbietet nicht", "stänger ute Huawei", "tiltja ki a Huaweit"
    r"(?:\s+(?:pas|plus|jamais|nicht|mehr|ute|ut|ki))?"
    # an adverb of manner: "interdisent officiellement", "excluye definitivamente"; of time:
    # "Auch Deutschland verbannt nun Huawei"
    r"(?:\s+(?:\w+(?:ment|mente)|nun|jetzt|ahora|maintenant|ora|agora|nu|teraz|nyní|acum))?"
    # the networks first: "bannit de son réseau 5G les chinois Huawei", "excluye de sus redes a"
    r"(?:\s+(?:de|du|des|dalla|dalle|della|dal|dai|da|aus|z|ze|uit|från)\s+"
    r"(?:(?:son|ses|sa|su|sus|la|las|los|le|les|il|i|o|os|a|as|dem|den|seinem|seinen|het|sitt|"
    r"sina)\s+)?(?:réseaux?|redes?|rete|reti|Netz\w*|[\w-]*netz\w*|netwerk\w*|sieci|sítí|nät\w*)"
    r"(?:\s+(?:5G|mobiles?|móvil\w*|mobili|móve\w*|télécoms?))?)?"
    # "zákaz pro Huawei", "Verbot für Huawei", "divieto per Huawei"
    r"\s+(?:(?:a\s+(?:las|los|la)|a|al|à|el|la|las|le|les|il|i|gli|lo|los|o|os|die|den|der|das|de|"
    r"het|pe|pro|für|op|"
    r"per|pour|para|voor|dla|för)\s+|l['’])?"
    + _KIT
    + r"(?:(?:(?:la|las|los|a|as|o|os|le|les|il|gli)\s+)?(?:empresa|compañía|gigant|société|"
    r"groupe|géant|colosso|gruppo|Konzern|firma|koncern|společnost|grupul|compania|china|"
    r"chinesa|chinoise|cinese|"
    r"chinos|chinas|chineses|chinesas|chinois|chinoises|cinesi|chinesischen|chinees|chinese|"
    r"čínsk|chińsk|kinesisk|kiinalai)"
    r"\w*\s+(?:\w+\s+)?)?"  # plurals too: "les géants chinois", "las empresas chinas"
    + r"(?:"
    + _NAME
    + r"\w*"  # Finnish and Polish inflect the name: "Huawein", "Huaweia"
    + r"|"
    + _CHINESE_VENDORS
    + r")"
)
_BANNING = stems(STEMS["ban"])
# Whom it forbids (if it says), then using Huawei: "zakázala operátorům při stavbě sítí 5G
# používat Huawei", "zakáže využívať Huawei", "prohíbe a las operadoras usar equipos de Huawei",
# "verbietet Betreibern, Huawei einzusetzen".
_FROM_USING = (
    r",?(?:\s+[\w-]+){0,6}?,?\s+(?:používat|využívat|používať|využívať|usar|utilizar|utiliser|"
    r"usare|utilizzare|verwenden|einzusetzen|zu\s+nutzen|gebruiken|używać|stosować|använda|"
    r"käyttää|folosi\w*)"
)
_REMOVING = stems(STEMS["remove"])
# The model's restriction family holds nouns too ("Kernnetz", "núcleo"); a verb acts on Huawei.
_RESTRICTING = stems(
    "beschränk einschränk begrenz restrei restrict limit restring restriz beperk ogranicz "
    "begräns rajoit omez begrens begræns obmedz omej piira apriboj korlátoz огранич"
)
_ALLOWING = stems(STEMS["allow"])
_REVIEWING = stems(STEMS["review"])
# An agreement with Huawei: "firma un acuerdo con Huawei", "signe un accord avec Huawei".
# Deals, agreements and investments, in the languages read.
_DEAL = stems(
    "acuerdo memorando convenio accord accordo acordo protocolo memorandum vereinbar inversi "
    "absichtserklär abkommen partenariat parceria alianza umow porozumien avtal smlouv aftale "
    "dohod zmluv sporazum pogodb leping megállapodás spoluprac współprac"
)
_AGREEMENT = (
    _DEAL
    + r"(?:\s+[\w'’-]+){0,4}?\s+(?:con|avec|com|mit|z|med|cu|s|met)\s+(?:la\s+|a\s+)?"
    + _NAME
    + r"\w*"
)
# Huawei as the subject of a passive: "Huawei portas", "Huawei será liberada", "Huawei soll aus
# dem Netz entfernt werden"; the deciding country is the one the headline names.
# Not what almost happened: "Por que a Huawei quase foi excluída".
_SUBJECT = (
    _NAME
    + r"\w*\s+(?:(?!(?:quase|casi|quasi|presque|fast|bijna|prawie|nästan|téměř)\b)[\w'’-]+\s+)"
    + r"{0,3}?"
)
_NEGATED = (
    r"(?:[\w'’-]+\s+){0,2}?(?:não|no|non|nicht|niet|inte|nie|ne|nu|pas|ikke|nem|ei)\s+"
    r"(?:[\w'’-]+\s+){0,2}?"
)
# A negation after the verb: "Huawei tillåts inte". Not "nu" (Swedish "now") nor "ne".
_NOT_AFTER = r"\s+(?:inte|ej|nicht|niet|ikke|pas|não|non|no|nie)\b"
# "exclu" only as a whole word: "Huawei exclusive" is an interview, not an exclusion.
_BARRED = (
    r"(?:exclus?\b|exclues?\b|"
    + stems(
        "excluid excluíd esclus ausgeschlossen verboten gesperrt portas stoppas stängs utesluts "
        "wykluczon zakazan vyloučen interzis vetad vetat proibid prohibid interdit banni "
        "bloquead bloccat blockiert entfernt retirad rimoss kielle écarté expulsad bandit "
        "utestängt utestängd utlåst geweerd verwijderd uitgesloten impedid banid descartad"
    )
    + r"|(?:fica|ficará|queda|quedará|resta|resterà)\s+(?:fora|fuera|fuori)\b"
    # "Huawei fuori dalla gara", "Huawei e ZTE fuori dalle reti", "Huawei raus aus dem Netz"
    r"|(?:fora|fuera|fuori)\s+(?:d[aeo]\w*|del)\b|raus\s+aus\b)"
)
_FREED = stems(
    "liberad autorizad autorisé autorizzat zugelassen erlaubt dopuszczon tillåt godkän "
    "permitid admitid sallit apta apto"
)
_CANNOT = (
    r"(?:no\s+podr(?:á|a)n?|não\s+poder(?:á|ão)|ne\s+pourr(?:a|ont)\s+(?:pas|plus)|"
    r"non\s+potr(?:à|anno)|non\s+(?:può|possono)|no\s+(?:puede|pueden)|não\s+(?:pode|podem)|"
    r"ne\s+(?:peut|peuvent)\s+(?:pas|plus)|nie\s+będ(?:zie|ą)\s+mogł\w*|"
    r"får\s+(?:inte|ej|ikke)|må\s+ikke|"
    r"nesmí|nesmějí|nesmie|nesmú|nie\s+może|nie\s+mogą)\s+"
)
_SUPPLY = (
    r"(?:ofrecer|participar|suministrar|proveer|fornecer|participer|fournir|partecipare|fornire|"
    r"delta|deltage|levere|leverera|dodávat|budovat|dodávať|budovať|dostarczać|budować)\b"
)
# Huawei will be able, or is able, to take part: "Huawei potrà partecipare alla corsa 5G in
# Germania", "Huawei può partecipare"; not where a negation stands between ("Huawei no podrá").
_WILL_BE_ABLE = (
    _NAME
    + r"\w*\s+(?:(?!(?:no|não|non|ne|nie|nicht|niet)\b)[\w'’-]+\s+){0,3}?"
    + r"(?:podr(?:á|a)n?|poder(?:á|ão)|pourr(?:a|ont)|potr(?:à|anno)|può|possono|puede|pueden|"
    r"pode|podem|peut|peuvent)\s+"
)
# The way cleared for Huawei: "Kanzleramt macht Weg frei für Huawei-Technik", "spiana la strada
# a Huawei"; not for a ban on it ("macht Weg frei für Huawei-Verbot").
_WAY_CLEARED = (
    r"(?:(?:macht|machte|machen)\s+(?:den\s+)?Weg\s+frei\s+für|"
    r"(?:spiana|spianato)\s+la\s+strada\s+a|(?:despeja|despejó)\s+el\s+camino\s+(?:a|para)|"
    r"ouvre\s+la\s+voie\s+à|abre\s+caminho\s+para)\s+(?:la\s+|a\s+)?"
    + _NAME
    + r"\b(?![\w-]*(?:-Verbot|-Bann|-Ausschluss))"
)
# Huawei may (or may not) take part: "Huawei mag meebouwen", "Huawei darf nicht mitbauen".
_MAY = _NAME + r"\w*\s+(?:mag|mogen|darf|dürfen)\s+"
# Taking part in building or supplying networks, what a permission lets Huawei do.
_MAY_TAKE_PART = (
    r"(?:mee(?:bouw|doen|werk|lever)\w*|mit(?:bau|mach|wirk|liefer)\w*|lever\w*|liefer\w*|"
    r"blijven|bleiben)\b"
)
# An agreement blocked: "il Governo blocca l'accordo di Fastweb con Huawei".
_DEAL_BLOCKED = (
    stems("blocc bloque bloquea bloqueia blockier blokkeer zablok stopp veta vieta")
    + r"\s+(?:[\w'’-]+\s+){0,5}?(?:con|avec|com|mit|met|z|s|med|cu)\s+"
    + _NAME
    + r"\b"
)
# A measure said not to exist or rejected: "não há decisão de exclusão", "nessun blocco",
# "Macron rejette le bannissement", "rechaza el veto".
_NO_MEASURE = (
    r"(?:não\s+há|não\s+haverá|no\s+hay|no\s+habrá|nessun[ao]?|kein(?:e|en)?|geen|aucune?|"
    r"pas\s+de|rejett\w*|rechaz\w*|rejeit\w*|respin\w*|descart\w*|nieg\w*|desmient\w*|"
    r"desment\w*|smentisc\w*|dément\w*|dementier\w*|não\s+(?:terá|vai|irá|fará|imporá)|"
    r"no\s+(?:tendrá|habrá|impondrá|pondrá|aplicará|hará)|non\s+(?:farà|imporrà))\s+"
    r"(?:[\w'’-]+\s+){0,3}?"
    r"(?:"
    + stems(
        "exclus veto vetar ban blocco bloqueo bloqueio bando verbot verbod ausschluss interdiction "
        "prohibici proibiç restriç restricc restriz einschränk excluir proibir prohibir interzic "
        "preclusion"
    )
    + r"|lista\s+negra|liste\s+noire|lista\s+nera|schwarze\w*\s+Liste)"
)
# A ban upheld: by a court ("Svenske domstole fastholder Huawei-forbud", "Förvaltningsrätten
# avslår Huaweis överklagan") or said to stand ("Förbudet mot Huawei ... står fast").
_BAN_WORD = (
    r"(?:förbud\w*|forbud\w*|Verbot\w*|zakaz\w*|zákaz\w*|interdiction|prohibición|veto|"
    r"divieto|bando|banimento|proibição|kielto\w*|verbod|interdicți\w*|"
    # the exclusion confirmed: "tribunale conferma esclusione di Huawei"
    r"esclusione|exclusión|exclusão|exclusion|Ausschluss\w*|uitsluiting|wykluczeni\w*|vyloučení)"
)
_BAN_NOUN = r"(?:[\w-]+-)?" + _BAN_WORD
# A law named after Huawei restricts; what it does exactly, the story says.
_LEX_HUAWEI = r"Lex\s+Huawei\b"
_ANTI_HUAWEI_LAW = (
    r"(?:loi|ley|legge|lei|ustaw\w*)\s+[«\"“]?\s*ant[iy]-?Huawei|Anti-Huawei[»\"”]?-Gesetz\w*"
)
_HUAWEI_LAW = r"(?:(?:[«\"“]\s*)?(?:" + _ANTI_HUAWEI_LAW + ")|" + _LEX_HUAWEI + ")"
_CONFIRMS = stems(
    "fastholder bekræft bestätig confirm conferm mantiene mantém maintient utrzym podtrzym "
    "potwierdz potvrd menține handhaaf vahvist valide valida zatwierdz gebillig"
    # a ban extended: "verlengt verbod gebruik Huawei-netwerkapparatuur", "prorroga el veto"
    " verleng verlänger prorrog prolong"
)
_APPEAL = stems(
    "överklag recours recurso ricorso Klage Beschwerde Einspruch odwołani skarg stížnost "
    "žalob valitu apel contestaț beroep bezwaar cautelar inconstitucional"
)
_DISMISSES = stems(
    "avslår avslog avvis rejette rejeta rechaz desestim respin rigett rejeit abgewiesen "
    "odrzuc oddal zamít hylkä verwerp"
)
_LAW_UPHELD = _CONFIRMS + r"\s+(?:[\w'’-]+\s+){0,3}?" + _HUAWEI_LAW
# The law first, then its validation: "Loi anti-Huawei : feu vert du Conseil constitutionnel",
# "la loi « anti-Huawei » validée". It starts with the law's word, so that it is only tried
# where that word is.
_LAW_VALIDATED = (
    r"(?:" + _ANTI_HUAWEI_LAW + r")[»\"”]?\W+(?:[\w'’-]+\W+){0,3}?"
    r"(?:feu\s+vert|valid[ée]e?|adopt[ée]e?|confirm[ée]e?|gebilligt|bestätigt)"
)
_UPHELD = (
    _CONFIRMS
    + r"\s+(?:[\w'’-]+\s+){0,3}?"
    + _BAN_NOUN
    + r"|(?:Huawei-"
    + _BAN_WORD
    + r"|"
    + _BAN_WORD
    + r")(?:\s+[\w'’-]+){0,7}?\s+(?:står\s+fast|består|bleibt\s+bestehen)"
    + r"|"
    + _DISMISSES
    + r"\s+(?:[\w'’-]+\s+){0,4}?(?:"
    + _NAME
    + r"\w*\s+(?:[\w-]+\s+)?"
    + _APPEAL
    + r"|"
    + _APPEAL
    + r"\s+(?:[\w'’-]+\s+){0,3}?"
    + _NAME
    # "rechaza recurso de empresa china", "rechaza medida cautelar contra decreto del 5G"
    + r"|"
    + _APPEAL
    + r"\s+(?:de\s+)?(?:la\s+)?(?:empresa|compañía|firma)s?\s+chin\w*"
    + r"|medida\s+cautelar\s+(?:contra|vs\.?|en\s+contra\s+del?)\s+(?:el\s+|la\s+)?"
    + r"(?:decreto|reglamento)"
    + r")"
)
# Doors and bridges: "chiude la porta a Huawei", "barre ses portes à Huawei", "coupe les ponts
# avec Huawei".
_DOOR_SHUT = (
    stems("chiud ferm cierr fech barr")
    + r"\s+(?:(?:la|a|as|las|les|ses|sus|suas|le|sa|su|sua)\s+)?(?:porta|porte|puerta)s?\s+"
    r"(?:a|à|al)\s+" + _NAME + r"\b"
    r"|coup\w*\s+les\s+ponts\s+avec\s+" + _NAME + r"\b"
    # "stänger dörren för produkter från kinesiska Huawei", "schließt die Tür für Huawei"
    r"|(?:stänger|stängde|schlie(?:ß|ss)t|sluit|zamyka\w*)\s+(?:dörren|die\s+Tür|de\s+deur|drzwi)"
    r"\s+(?:för|für|voor|przed|dla)(?:\s+[\w-]+){0,3}?\s+" + _NAME + r"\b"
    # "le cierra el paso a las empresas chinas"
    r"|cierr\w*\s+el\s+paso\s+a\s+(?:la\s+|las\s+|los\s+)?(?:"
    + _NAME
    + r"\b|"
    + _CHINESE_VENDORS
    + r")"
    # "Chaves da portazo a tecnología china 5G"
    r"|(?:da|dio|dan|dieron|dar)\s+(?:un\s+)?portazo\s+a\s+(?:la\s+|las\s+)?(?:[\w-]+\s+)?"
    r"(?:" + _NAME + r"|chin\w*)\b"
)
# ... and left open: "deja la puerta abierta a Huawei", "laisse la porte ouverte à Huawei",
# "EU-Kommission lässt Tür für Huawei offen", "laat de deur open voor Huawei".
_DOOR_OPEN = (
    stems("deja dejó deixa lascia laisse")
    + r"\s+(?:(?:la|a|le)\s+)?(?:porta|porte|puerta)\s+(?:abierta|aberta|aperta|ouverte)\s+"
    r"(?:a|à|al|para|pour|per)\s+" + _NAME + r"\b"
    # opened: "la UE abre la puerta de la 5G a Huawei", "ouvre la porte à Huawei"
    r"|(?:abre|abri[óu]|abren|ouvre|ouvrent|apre|aprono)\s+(?:la\s+|a\s+|le\s+|una\s+|une\s+|uma\s+)?"
    r"(?:puerta|porte|porta)s?\s+(?:(?:de|du|della|da)\s+(?:la\s+|el\s+|le\s+|o\s+)?5G\s+)?"
    r"(?:a|à|al|alla|para|pour|per)\s+(?:la\s+|o\s+|a\s+)?(?:[\w-]+\s+){0,2}?" + _NAME + r"\b"
    r"|(?:lässt|ließ|laat|liet)\s+(?:die\s+|de\s+)?(?:Tür|deur)\s+(?:für|voor)\s+"
    + _NAME
    + r"\w*\s+(?:offen|open)\b"
)
# German puts the particle of a separable verb at the end: "schließt Huawei ... aus".
_GERMAN_EXCLUDES = (
    r"schlie(?:ß|ss)(?:t|en)\s+(?:[\w-]+\s+){0,2}?" + _NAME + r"\b(?:\s+[\w-]+){0,6}?\s+aus\b"
)
# ... and its negation sits inside it: "schließt Huawei beim 5G-Ausbau nicht aus".
_GERMAN_DOES_NOT_EXCLUDE = (
    r"schlie(?:ß|ss)(?:t|en)\s+(?:[\w-]+\s+){0,2}?" + _NAME + r"\b(?:\s+[\w-]+){0,6}?"
    r"\s+nicht\s+aus\b"
)

# Dutch does the same with "uit": "Britten sluiten Huawei uit van 5G-netwerk", and negates
# inside it: "Duitsland sluit Huawei niet uit". A Huawei ban is not Huawei ("sluit een
# Huawei-verbod niet uit" leaves a ban open).
_DUTCH_VENDORS = (
    r"(?:"
    + _NAME
    + r"(?:-(?!verbod|ban\b)[\w-]+)?(?:\s+(?:en|of)\s+"
    + _NAME
    + r"[\w-]*)?"
    # "Ook Zweden sluit Chinezen uit van 5G-netwerk", "weert Chinese telecombedrijven"
    + r"|Chinezen|"
    + _CHINESE_VENDORS
    + r")\b"
)
_DUTCH_SPLIT = r"sluit(?:en)?\s+(?:[\w-]+\s+){0,3}?" + _DUTCH_VENDORS + r"(?:\s+[\w-]+){0,6}?\s+"
_DUTCH_EXCLUDES = _DUTCH_SPLIT + r"uit\b"
_DUTCH_DOES_NOT_EXCLUDE = _DUTCH_SPLIT + r"niet\s+uit\b"
# ... and puts the verb last: "Duitsland wil Huawei-onderdelen uit 5G-netwerk weren" is a plan,
# "Het Verenigd Koninkrijk zal Huawei uitsluiten" a decision.
_DUTCH_BAN_VERB = r"(?:weren|verbieden|uitsluiten|buitensluiten|verbannen)\b"
_DUTCH_NOT_NEGATED = r"(?:\s+(?!niet\b|geen\b)[\w-]+){0,6}?\s+"


def _dutch_verb_last(auxiliaries: str, verbs: str) -> str:
    """An auxiliary, the vendor, words that negate nothing, then the verb: "wil Huawei ... weren",
    "zal Huawei uitsluiten", "gaat Huawei deels toelaten"."""
    return (
        r"(?:"
        + auxiliaries
        + r")\s+(?:[\w-]+\s+){0,3}?"
        + _DUTCH_VENDORS
        + _DUTCH_NOT_NEGATED
        + verbs
    )


_DUTCH_PLANS_BAN = _dutch_verb_last(
    "wil|willen|overweegt|overwegen",
    r"(?:verwijderen\b|afbouwen\b|uitfaseren\b|" + _DUTCH_BAN_VERB + ")",
)
# Scrutiny: "België neemt Huawei onder de loep".
_DUTCH_SCRUTINY = (
    r"(?:neemt|nemen|nam|namen)\s+(?:[\w-]+\s+){0,4}?" + _NAME + r"\w*\s+onder\s+de\s+loep\b"
)
# "zal Huawei weren", "gaat Huawei-apparatuur voor 2027 uitfaseren"
_DUTCH_WILL_BAN = _dutch_verb_last(
    "zal|zullen|gaat|gaan", r"(?:verwijderen\b|uitfaseren\b|" + _DUTCH_BAN_VERB + ")"
)
# "VS weren apparatuur van Huawei", not the noun: "advies over (het) weren (van) Huawei".
_DUTCH_WEREN = r"(?<!\bover\s)(?<!\bhet\s)weren"
# Kept out: "Zweden mocht Huawei buiten 5G-netwerk houden", "houdt Huawei buiten de deur".
_DUTCH_KEEPS_OUT = (
    r"(?:houdt|houden|hield|hielden|mocht|mochten|mag|mogen)\s+(?:[\w-]+\s+){0,2}?"
    + _DUTCH_VENDORS
    + r"\s+buiten\s+(?:[\w-]+\s+){0,3}?(?:houden\b|de\s+deur\b)"
    + r"|(?:houdt|hield|hielden)\s+"
    + _DUTCH_VENDORS
    + r"\s+buiten\b"
)
# Let in, the particle last: "Verenigd Koninkrijk laat Huawei toe tot 5G-netwerk", "Österreich
# lässt Huawei zu".
_DUTCH_LETS_IN = r"(?:laat|laten|liet|lieten)\s+" + _DUTCH_VENDORS + r"(?:\s+[\w-]+){0,4}?\s+toe\b"
_GERMAN_LETS_IN = (
    r"(?:lässt|lassen|ließ|ließen)\s+" + _NAME + r"[\w-]*(?:\s+(?!nicht\b|kein)[\w-]+){0,4}?\s+zu\b"
)
# ... and admits it, the verb last: "Frankrijk gaat Huawei deels toelaten".
_DUTCH_WILL_ADMIT = _dutch_verb_last("gaat|gaan|zal|zullen", r"(?:toelaten|toestaan)\b")
_DUTCH_WILL_NOT_BAN = (
    r"(?:wil|willen|zal|zullen|gaat|gaan)\s+(?:[\w-]+\s+){0,3}?"
    + _DUTCH_VENDORS
    + r"(?:\s+[\w-]+){0,4}?\s+(?:niet|geen)\s+"
    + _DUTCH_BAN_VERB
)

# German puts the verb last: "EU-Kommission will Huawei und ZTE in Mobilfunknetzen verbieten" is
# a plan (under review); "Huawei-Komponenten sollen aus 5G-Netz verschwinden" a removal.
_GERMAN_VENDORS = _NAME + r"[\w-]*(?:\s+(?:und|oder)\s+" + _NAME + r"[\w-]*)?"
_GERMAN_NOT_NEGATED = r"(?:\s+(?!nicht\b|kein)[\w-]+){0,6}?\s+"
# "ausschließen", and with "zu" inside: "erwägt, Huawei auszuschließen"
_GERMAN_BAN_VERB = r"(?:verbieten|verbannen|aus(?:zu)?schlie(?:ß|ss)en|aus(?:zu)?sperren)\b"
_GERMAN_PLANS_BAN = (
    r"(?:will|wollen|plant|planen|erwägt|erwägen),?\s+(?:[\w-]+\s+){0,2}?"
    + _GERMAN_VENDORS
    + _GERMAN_NOT_NEGATED
    + r"(?:entfernen\b|"
    + _GERMAN_BAN_VERB
    + ")"
)
# ... and so a review: "Faeser will Vertrag zwischen Telekom und Huawei prüfen". Apart from the
# ban, for its longer reach to the vendor: a reach of five before a ban verb took the wrong
# country ("Nach Kanada will jetzt auch Deutschland Huawei verbieten").
_GERMAN_PLANS_REVIEW = (
    r"(?:will|wollen|soll|sollen|lässt|lassen)\s+(?:[\w-]+\s+){0,5}?"
    + _GERMAN_VENDORS
    + _GERMAN_NOT_NEGATED
    + r"(?:über)?prüfen\b"
)
_GERMAN_WILL_NOT_BAN = (
    r"(?:will|wollen|wird|werden)\s+(?:[\w-]+\s+){0,2}?"
    + _GERMAN_VENDORS
    # "nicht komplett ausschließen" too: the conventions read that one as a partial exclusion
    + r"(?:\s+[\w-]+){0,4}?\s+nicht"
    + r"(?:\s+[\w-]+){0,4}?\s+"
    + _GERMAN_BAN_VERB
)
# Thrown out: "Schweden wirft Huawei und ZTE aus den Telekomnetzen", "wirft Huawei raus".
_GERMAN_THROWS_OUT = (
    r"(?:wirft|werfen|warf|warfen)\s+"
    + _GERMAN_VENDORS
    + r"(?:(?:\s+[\w-]+){0,3}?\s+(?:raus|hinaus)\b|\s+aus\s+(?:dem|den|der|seinen?|ihren?)\b)"
)
# Against an exclusion: "Merkel gegen Ausschluss chinesischer Firmen", "spricht sich gegen
# einen grundsätzlichen Ausschluss Huaweis aus"; no rules against it: "keine Anti-Huawei-Regeln".
_GERMAN_AGAINST_EXCLUSION = (
    r"gegen\s+(?:(?:einen|den|das|ein|grundsätzlich\w*|generell\w*|pauschal\w*)\s+){0,2}"
    r"(?:Ausschluss|Verbot|Bann)\w*\s+(?:(?:von|des|der)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:" + _NAME + r"|chinesische[rn]?\b)"
    r"|(?:keine|ohne)\s+(?:[\w-]+\s+)?Anti-"
    + _NAME
    + r"-\w+"
    # no reason for one: "sieht keinen Grund, Huawei auszuschließen", "kein Grund für
    # Huawei-Ausschluss"
    + r"|kein(?:e|en)?\s+Grund\s+für\s+(?:einen\s+|den\s+)?"
    + _NAME
    + r"-(?:Ausschluss|Verbot|Bann)"
    + r"|kein(?:e|en)?\s+Grund,?\s+(?:[\w-]+\s+){0,2}?"
    + _GERMAN_VENDORS
    + r"(?:\s+[\w-]+){0,3}?\s+"
    + _GERMAN_BAN_VERB
    # no veto, no ban: "legt kein Veto gegen Huawei ein", "kein Huawei-Verbot"
    + r"|kein(?:e|en)?\s+(?:generell\w*\s+|pauschal\w*\s+)?(?:Veto|Verbot|Ausschluss|Bann)\s+"
    r"(?:gegen|für|von)\s+"
    + _NAME
    + r"|kein(?:e|en)?\s+(?:generell\w*\s+|pauschal\w*\s+)?"
    + _NAME
    + r"-(?:Verbot|Ausschluss|Bann)"
    # a call for a ban rejected, the verb split: "weist Forderung nach Huawei-Ausschluss zurück",
    # "lehnt ein Verbot von Huawei ab"
    + r"|(?:weist|weisen|wies|wiesen)\s+(?:[\w-]+\s+){0,6}?[\w-]*(?:Ausschluss|Verbot|Bann)\w*"
    r"(?:\s+[\w-]+){0,4}?\s+zurück\b"
    + r"|(?:lehnt|lehnen|lehnte|lehnten)\s+(?:[\w-]+\s+){0,6}?[\w-]*(?:Ausschluss|Verbot|Bann)\w*"
    r"(?:\s+[\w-]+){0,4}?\s+ab\b"
)
# No risk seen: "RTR sieht aktuell kein Risiko für Netzsicherheit durch Huawei".
_GERMAN_SEES_NO_RISK = (
    r"(?:sieht|sehen|sah|sahen)\s+(?:[\w-]+\s+)?kein(?:e|en)?\s+(?:Problem|Gefahr|Risiko)"
)
# Designated a threat to national security, as the FCC did: "la FCC désigne officiellement
# Huawei et ZTE comme des menaces", "Huawei y ZTE son declarados amenazas". A threat only: a
# "riesgo" declared is often a step of a review still open.
_THREATS = (
    r"(?:(?:como|comme|come|as)\s+)?(?:des\s+|une?\s+|una?\s+)?(?:menace|amenaza|minacc|ameaça)\w*"
)
_VENDOR_PAIR = _NAME + r"(?:\s+(?:e|y|et|und|i|en)\s+" + _NAME + r")?"
_DESIGNATES_THREAT = (
    r"(?:désign|designa|declar|classific|qualifi)\w*\s+(?:\w+ment\s+|\w+mente\s+)?"
    + _VENDOR_PAIR
    + r"\s+"
    + _THREATS
)
_DESIGNATED_THREAT = (
    _VENDOR_PAIR + r"\s+(?:(?:son|sont|sono|são|foram|fueron|fue|é|est|è|sind)\s+)?"
    r"(?:declarad|designad|désigné|classificad|dichiarat|designat)\w*\s+" + _THREATS
)
# Italy's special powers used on a contract: conditions imposed, a restriction ("il governo
# esercita il golden power su accordi di fornitura con Huawei").
_GOLDEN_POWER = (
    r"(?:eserc\w+|appli\w+|attiv\w+|avvi\w+|ricorr\w+\s+a[il]?)\s+(?:(?:il|i|del|dei)\s+)?"
    r"(?:golden\s+power|poteri\s+speciali)"
)
# No ban: "Francia: no ban Huawei", "niente bando per Huawei", "sin veto a Huawei".
_NO_BAN_FOR = (
    r"(?:no|niente|nessun\w*|sin)\s+(?:(?:al|el)\s+)?(?:ban|bando|divieto|stop|veto)\s+"
    r"(?:(?:per|a|ad|contro|alla|su|para|contra)\s+)?(?:(?:la|il)\s+)?" + _NAME
)
# Not wanted, a wish: "Habeck will keine Huawei-Produkte mehr im 5G-Netz", "Deutschland will
# keine 5G-Komponenten von Huawei".
_GERMAN_WANTS_NONE = (
    r"(?:will|wollen)\s+(?:künftig\s+|in\s+Zukunft\s+)?keine\s+(?:[\w-]+\s+(?:von|aus)\s+)?" + _NAME
)
# Vendors not to be excluded, the verb last without "will": "Bei 5G-Netz Anbieter nicht von
# vornherein ausschließen".
_GERMAN_NOT_TO_EXCLUDE = (
    r"(?:Anbieter|Hersteller|Ausrüster|"
    + _NAME
    + r"\w*)\s+(?:[\w-]+\s+){0,2}?nicht\s+(?:[\w-]+\s+){0,3}?"
    + _GERMAN_BAN_VERB
)
_GERMAN_TO_BE_REMOVED = (
    _GERMAN_VENDORS
    + r"\s+(?:soll|sollen|wird|werden|muss|müssen)"
    + _GERMAN_NOT_NEGATED
    + r"(?:entfernt|ausgebaut|ersetzt|verschwinden)\b"
)
# Czech and Slovak negate a verb by its prefix, and put the object first as often as last:
# "Francie Huawei sice nezakáže", "nevyloučí Huawei"; "Británie chce firmě Huawei zakázat".
_NOT_BANNING = r"ne(?:zakáz|zakaz|zakáž|vylouč|vyluč|vylúč)\w*"
_CZECH_WILL_NOT_BAN = (
    r"(?:"
    + _NAME
    + r"\w*\s+(?:[\w-]+\s+){0,2}?"
    + _NOT_BANNING
    + r"|"
    + _NOT_BANNING
    + _VENDOR
    + r")"
)
_CZECH_PLANS_BAN = (
    r"(?:chce|chtějí|chtěla|plánuje|plánují|zvažuje|zvažují)\s+(?:[\w-]+\s+){0,2}?"
    + _NAME
    + r"\w*\s+(?:[\w-]+\s+)?(?:zakázat|vyloučit|vylúčiť|zakázať)\b"
)
# A decision on Huawei put off: "retrasa hasta otoño la decisión sobre Huawei", "rinvia la
# decisione su Huawei", "reporte sa décision sur Huawei", "vertagt die Entscheidung über Huawei".
_DELAYS_DECISION = (
    r"(?:"
    + stems(
        "retras aplaz pospon posterg adia adiou adiad rinvi rimand posticip repouss ajourn "
        "vertag verschieb verschob odkład odłoż skjuter sköt amân"
    )
    + r"|report(?:e|ent|é|ée)\b)"
    + r"(?:\s+[\w'’-]+){0,4}?\s+(?:decisi|décision|Entscheidung|decyzj|beslut|decizi)\w*"
    + r"(?:\s+[\w'’-]+){0,3}?\s+"
    + _NAME
    + r"\b"
)
# Signing a deal, Huawei named elsewhere in the clause: "Huawei y el Gobierno uruguayo firmaron un
# acuerdo", "Le Sénégal et Huawei signent un accord" (reading.py checks Huawei is there).
_SIGNS_AGREEMENT = (
    stems("firm suscrib signent signé signe assin sottoscri unterzeichn podpis underteckn semn")
    + r"(?:\s+[\w'’-]+){0,3}?\s+"
    + _DEAL
)
# A court suspending the exclusion: "tribunale sospende esclusione di Huawei", "tribunal sueco
# suspende decisão de excluir Huawei", "Svensk domstol häver 5G-förbudet", "Sąd uchylił
# wykluczenie" (under review, as the conventions read a suspension).
_SUSPENDS_EXCLUSION = (
    # ... or lifting it: a court's lifting is pending an appeal too
    stems(SUSPENDING + " häv upphäv uchyl")
    + r"(?:\s+[\w'’-]+){0,2}?\s+(?:l['’])?(?:\w+-)?(?:"
    + stems(
        "decis décision exclus esclus ausschluss banim bannissement veto prohibici proibiç verbod "
        "förbud forbud wykluczeni vylouč zákaz zakaz"
    )
    + r"|divieto|interdiction|Verbot\w*)"
)
# An auction put off: "Schweden verschiebt 5G-Auktion", "Suécia adia leilão 5G", "Aplazan
# subasta de red 5G", "obriga à suspensão do leilão"; or said to be: "5G-Auktion verschoben",
# "auktionen pausad", "Aukcja zawieszona".
_AUCTION = r"(?:leilão|leilões|subastas?|ast[ae]\b|Auktion\w*|auktion\w*|veiling\w*|aukcj\w*)"
_AUCTION_PUT_OFF = (
    r"(?:"
    + stems(
        SUSPENDING + " adia adiou aplaz pospon posterg paraliz rinvi rimand verschieb verschob "
        "Aufschub uppskj skjuter sköt odkład odłoż uitgesteld uitstel pausa"
    )
    + r")\s+(?:(?:o|a|el|la|las|los|l['’]|die|den|der|de|het|do|da|del)\s*)?(?:[\w-]+\s+){0,2}?"
    + r"(?:\w+-)?"
    + _AUCTION
)
# (a compound's auction is found at its own word: "5G-Auktion verschoben")
_AUCTION_SAID_PUT_OFF = (
    _AUCTION + r"(?:\s+[\w-]+){0,2}?\s+(?:verschoben|pausad|uppskjuten|zawieszon\w*|adiad[oa]|"
    r"aplazad[oa]|suspendid[oa]|sospes[oa]|rinviat[oa]|uitgesteld)\b"
)
# Not wanted, its back turned, taken out, phased out: "la Nouvelle-Zélande ne veut pas de Huawei",
# "le Royaume-Uni tourne le dos à Huawei", "va sortir Huawei et ZTE de ses réseaux", "fasa ut
# Huawei".
_NOT_WANTED = (
    r"\bne\s+(?:veut|veulent|voulait|voulaient)\s+(?:pas|plus)\s+d['’e]\s*(?=" + _NAME + r"\b)"
)
_BACK_TURNED = (
    r"(?:tourn\w*\s+le\s+dos|d(?:a|an|io|ieron)\s+la\s+espalda|volt\w*\s+le\s+spalle|"
    r"vir\w*\s+as\s+costas)\s+(?:à|a|al|alla)\s+(?:la\s+)?(?=" + _NAME + r"\b)"
)
_TAKEN_OUT = (
    r"\bsort(?:ir|ira|iront|ent)?\s+" + _NAME + r"(?:\s+et\s+" + _NAME + r")?\s+d(?:e|es|u)\b"
)
_PHASED_OUT = r"\bfasa(?:r|s|de)?\s+ut\b" + _VENDOR
# Thrown out in the Scandinavian languages: "Storbritannia kaster ut Huawei", "kastar ut".
_THROWN_OUT = r"\bkast(?:er|ar|et|ade|a|e)?\s+ut\b" + _VENDOR
# Left out: "deja fuera a Huawei", "deixa de fora a Huawei", "lascia fuori Huawei".
_LEFT_OUT = (
    r"\b(?:deja|dejó|dejará|dejan|dejaron|dejarán|deixa|deixou|deixará|lascia|lasciato|lascerà)\s+"
    r"(?:de\s+)?(?:fuera|fora|fuori)\s+(?:a\s+|la\s+|o\s+)?(?=" + _NAME + r"\b)"
)
# Giving up a ban: "Berlin renonce à bannir Huawei", "renuncia a vetar", "verzichtet auf ein
# Verbot".
_GIVES_UP_BAN = (
    r"(?:renonc\w*\s+à|renunci\w*\s+a|rinunci\w*\s+a|desist\w*\s+de|verzicht\w*\s+auf)\s+"
    r"(?:l['’]\s*|un\s+|una\s+|ein\w*\s+)?" + _BANNING
)
# A permission refused: "l'Anssi refuse des autorisations pour Huawei".
_PERMITS_REFUSED = (
    r"(?:refus\w*|rechaz\w*|rifiut\w*|recus\w*|verweiger\w*|weiger\w*)\s+"
    r"(?:des\s+|les\s+|la\s+|las\s+|le\s+|die\s+|de\s+)?(?:autorisations?|autorizaci\w*|"
    r"autorizzazion\w*|autorizaç\w*|Genehmigung\w*|Zulassung\w*|vergunning\w*)"
    r"(?:\s+[\w'’-]+){0,3}?\s+(?:à\s+|a\s+|pour\s+|para\s+|per\s+|für\s+|voor\s+)?" + _NAME
)
# No restriction: "Huawei sin restricciones para participar", "Huawei sem restrições no leilão".
_UNRESTRICTED = (
    _NAME
    + r"\w*\s+(?:[\w-]+\s+){0,2}?(?:sin|sem|senza|sans|ohne)\s+(?:restricci|restriç|restrizion|"
    r"restriction|Einschränkung|veto|vetos|prohibici|proibiç)\w*"
)
# A clause on what Huawei may (not) do: "prohíbe que Huawei ...", "permitirá que la Huawei ...".
_THAT_HUAWEI = r"\s+que\s+(?:la\s+|a\s+)?" + _NAME + r"\b"
# "Italia, stop a Huawei nel 5G"; "la Germania apre a Huawei".
_STOP_TO = r"\bstop\s+(?:a|ad|à|al)\s+(?=" + _NAME + r"\b)"
_OPENS_TO = r"\b(?:apre|abre|ouvre|öffnet\s+sich)\s+(?:a|à|al|für)\s+(?=" + _NAME + r"\b)"
# "Australia, no a Huawei per il 5G", "Chile dice no a Huawei"; "sì a Huawei".
_NO_TO = r"\b(?:no\s+a|non\s+à|não\s+à|Nein\s+zu|nee\s+tegen)\s+(?=" + _NAME + r"\b)"
_YES_TO = r"\b(?:sì|sí)\s+a\s+(?=" + _NAME + r"\b)"

FOREIGN: tuple[tuple[str, str], ...] = (
    (NO_LIMIT, _GERMAN_WILL_NOT_BAN),
    (NO_LIMIT, _GERMAN_AGAINST_EXCLUSION),
    (NO_LIMIT, _GERMAN_SEES_NO_RISK),
    (NO_LIMIT, _GERMAN_NOT_TO_EXCLUDE),
    (REVIEW, _GERMAN_WANTS_NONE),
    (RESTRICT, _GOLDEN_POWER),
    (NO_LIMIT, _NO_BAN_FOR),
    (NO_LIMIT, _UNRESTRICTED),
    (BAN, r"mett\w*\s+al\s+bando" + _VENDOR),
    (REVIEW, _GERMAN_PLANS_BAN),
    (REVIEW, _GERMAN_PLANS_REVIEW),
    (NO_LIMIT, _DUTCH_WILL_NOT_BAN),
    (REVIEW, _DUTCH_PLANS_BAN),
    (REVIEW, _DUTCH_SCRUTINY),
    (BAN, _DUTCH_WILL_BAN),
    (BAN, _DUTCH_KEEPS_OUT),
    (ALLOW, _DUTCH_WILL_ADMIT),
    (ALLOW, _DUTCH_LETS_IN),
    (ALLOW, _GERMAN_LETS_IN),
    (NO_LIMIT, _DUTCH_DOES_NOT_EXCLUDE),
    (BAN, _DUTCH_EXCLUDES),
    (NO_LIMIT, _CZECH_WILL_NOT_BAN),
    (REVIEW, _CZECH_PLANS_BAN),
    (REMOVE, _GERMAN_TO_BE_REMOVED),
    (REVIEW, _DELAYS_DECISION),
    (REVIEW, _SUSPENDS_EXCLUSION),
    (REVIEW, _AUCTION_PUT_OFF),
    (REVIEW, _AUCTION_SAID_PUT_OFF),
    (BAN, _NO_TO),
    (BAN, _STOP_TO),
    (ALLOW, _OPENS_TO),
    (NO_LIMIT, _GIVES_UP_BAN),
    (BAN, _PERMITS_REFUSED),
    (BAN, _NOT_WANTED),
    (BAN, _BACK_TURNED),
    (REMOVE, _TAKEN_OUT),
    (REMOVE, _PHASED_OUT),
    (BAN, _THROWN_OUT),
    (BAN, _LEFT_OUT),
    (ALLOW, _YES_TO),
    (PARTNER, _AGREEMENT),
    (PARTNER, _SIGNS_AGREEMENT),
    (NO_LIMIT, _GERMAN_DOES_NOT_EXCLUDE),
    (NO_LIMIT, _NO_MEASURE),
    (BAN, _DOOR_SHUT),
    (ALLOW, _DOOR_OPEN),
    (UPHOLD_RESTRICT, _LAW_UPHELD),
    (UPHOLD_RESTRICT, _LAW_VALIDATED),
    (UPHOLD_BAN, _UPHELD),
    # "Lex Huawei" on its own is the bill, or a law that designates no one yet.
    (REVIEW, _LEX_HUAWEI),
    (NO_LIMIT, _NAME + r"\w*\s+" + _NEGATED + _BARRED),
    # ... and not admitted is kept out: "Huawei av säkerhetsskäl inte tillåts", "Huawei n'est
    # pas autorisé", "Huawei tillåts inte".
    (BAN, _NAME + r"\w*\s+" + _NEGATED + _FREED),
    (BAN, _SUBJECT + _FREED + _NOT_AFTER),
    # "Huawei geweerd zou moeten worden": Dutch puts "should" after the participle.
    (BAN, _SUBJECT + _BARRED + r"(?!\s+(?:zou|zouden|moet|moeten)\b)"),
    (ALLOW, _SUBJECT + _FREED),
    # "Huawei y ZTE no podrán ofrecer servicio de 5G en Australia": kept out where it happens.
    (BAN, _SUBJECT + _CANNOT + _SUPPLY),
    # ... or not: "Huawei mag niet meebouwen aan Brits 5G-netwerk"
    (BAN, _MAY + r"(?:[\w-]+\s+){0,2}?(?:niet|nicht)\s+(?:[\w-]+\s+){0,2}?" + _MAY_TAKE_PART),
    (ALLOW, _WILL_BE_ABLE + _SUPPLY),
    (ALLOW, _WAY_CLEARED),
    # "Huawei mag meebouwen aan 5G-netwerken in Duitsland", "Huawei darf mitbauen"
    (ALLOW, _MAY + r"(?:(?!niet\b|nicht\b|geen\b|kein)[\w-]+\s+){0,3}?" + _MAY_TAKE_PART),
    (BAN, _DEAL_BLOCKED),
    (BAN, _DESIGNATES_THREAT),
    (BAN, _DESIGNATED_THREAT),
    (BAN, _GERMAN_EXCLUDES),
    (BAN, _GERMAN_THROWS_OUT),
    (BAN, _BANNING + _VENDOR),
    (BAN, _BANNING + _FROM_USING + _VENDOR),
    # what Huawei may not do: "Suecia prohíbe que Huawei y ZTE vendan equipos", "impede que"
    (BAN, r"(?:" + _BANNING + r"|impid\w*|imped\w*)" + _THAT_HUAWEI),
    (BAN, _DUTCH_WEREN + _VENDOR),
    (REMOVE, _REMOVING + _VENDOR),
    (RESTRICT, _RESTRICTING + _VENDOR),
    # Huawei's role limited: "beperkt rol Huawei", "limita el papel de Huawei", "ogranicza rolę"
    (
        RESTRICT,
        _RESTRICTING
        + r"\s+(?:(?:la|le|el|il|o|die|de|het|den)\s+)?(?:rol|rolle|rôle|ruolo|papel|rolę|"
        r"podíl|podiel|udział|Anteil|aandeel|cuota|quota|présence|presencia|presenza|presença|"
        r"Präsenz|aanwezigheid|obecność)\s+"
        r"(?:(?:van|de|di|do|da|des|du|von|del)\s+)?(?:la\s+|a\s+)?" + _NAME + r"\b",
    ),
    (ALLOW, _ALLOWING + _VENDOR),
    (ALLOW, _ALLOWING + _FROM_USING + _VENDOR),
    # "permitirá que Huawei participe": a permission given or to come, not "permitir que" (often
    # warned against) nor "permite que" (often after "si").
    (
        ALLOW,
        r"(?:permit(?:irá|irán|ió|ieron|iu|iram)|autoriz(?:ará|arán|ó|aron|ou|aram))"
        + _THAT_HUAWEI,
    ),
    (REVIEW, _REVIEWING + r"(?:\s+[\w'’-]+){0,3}?" + _VENDOR),
)
