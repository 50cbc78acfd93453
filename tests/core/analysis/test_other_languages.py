"""The rules read the commonest headline of the other languages: a verb with Huawei as its
object, its negation and its scope. Every sentence is written for this test."""

from __future__ import annotations

import pytest

from bot.core.analysis import Analyser
from bot.core.analysis.lexicon import Lexicon
from bot.core.analysis.markers import LOBBY, Markers, marker_lexicon
from tests.core.analysis.conftest import Signals, hits, read


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Suecia prohíbe a Huawei en su red 5G", {("SE", "banned")}),
        ("El Gobierno español estudia vetar a Huawei en el 5G", {("ES", "under_review")}),
        ("Venezuela firma un acuerdo con Huawei para el 5G", {("VE", "partnered")}),
        ("La France n'interdira pas Huawei, selon le ministre", {("FR", "allowed")}),
        ("Il governo italiano esclude Huawei dalla rete 5G", {("IT", "banned")}),
        ("Portugal não vai proibir a Huawei no 5G", {("PT", "allowed")}),
        ("Deutschland verbietet Huawei-Komponenten im 5G-Kernnetz", {("DE", "restricted")}),
        ("Österreich schließt Huawei beim 5G-Ausbau nicht aus", {("AT", "allowed")}),
        ("Polska wyklucza Huawei z budowy sieci 5G", {("PL", "banned")}),
        ("Rumänien erlaubt Huawei den Aufbau des 5G-Netzes", {("RO", "allowed")}),
        ("Ruotsi kielsi Huawein 5G-verkoista", {("SE", "banned")}),
        ("Norge stänger ute Huawei från 5G", {("NO", "banned")}),
        # Restricting, and the use of or access to Huawei's kit as the object.
        ("Francia restringirá el uso de equipos de Huawei en el 5G", {("FR", "restricted")}),
        ("La Polonia limita i componenti di Huawei nelle reti 5G", {("PL", "restricted")}),
        ("Nueva Zelanda bloqueó el uso de equipo Huawei en el 5G", {("NZ", "banned")}),
        ("Alemania no bloqueará el acceso de Huawei a su red 5G", {("DE", "allowed")}),
        # Chinese vendors unnamed, products and services, doors barred.
        ("Deutschland verbannt chinesische Komponenten aus dem 5G-Netz", {("DE", "restricted")}),
        ("Canadá proíbe produtos e serviços das chinesas Huawei e ZTE", {("CA", "banned")}),
        ("Le Canada barre ses portes à Huawei", {("CA", "banned")}),
        # The sale of network kit, not of phones.
        ("EEUU prohíbe la venta de equipos de Huawei y ZTE", {("US", "banned")}),
        # Dutch: the Chinese as the split verb's object, a phase-out planned, scrutiny (an
        # inquiry into Huawei was read before).
        ("Ook Zweden sluit Chinezen uit van 5G-netwerk", {("SE", "banned")}),
        ("Het Britse kabinet wil rol Huawei in 5G-netwerk afbouwen", {("GB", "under_review")}),
        ("België neemt Huawei onder de loep", {("BE", "under_review")}),
        ("België voert onderzoek naar Chinese leverancier Huawei", {("BE", "under_review")}),
        # Czech negates by a prefix and puts the object first as often as last.
        ("Německo Huawei zatím nezakáže", {("DE", "allowed")}),
        ("Německo nevyloučí Huawei z 5G sítí", {("DE", "allowed")}),
        ("Německo chce firmě Huawei zakázat účast na 5G", {("DE", "under_review")}),
        # Huawei as the subject of a passive, in the only country's headline.
        ("Huawei será liberada para o leilão do 5G no Brasil", {("BR", "allowed")}),
        ("Huawei não será excluída do 5G no Brasil", {("BR", "allowed")}),
        ("Huawei excluida del 5G en Chile", {("CL", "banned")}),
        # Not admitted is kept out.
        ("Huawei tillåts inte i de svenska 5G-näten", {("SE", "banned")}),
        ("Sverige: Huawei av säkerhetsskäl inte tillåts i 5G-näten", {("SE", "banned")}),
        ("Huawei n'est pas autorisé dans la 5G en France", {("FR", "banned")}),
        # A deal blocked is one deal: restricted.
        ("Il Governo italiano blocca l'accordo di Wind con Huawei", {("IT", "restricted")}),
        # No measure, or one rejected; a door shut.
        ("El Gobierno de Chile rechaza el veto a Huawei", {("CL", "allowed")}),
        ("Portugal: não há decisão de exclusão da Huawei", {("PT", "allowed")}),
        ("Il governo italiano: nessun blocco per il 5G a Huawei", {("IT", "allowed")}),
        ("La Belgique ferme la porte à Huawei", {("BE", "banned")}),
        ("Argentina expulsa a Huawei de sus redes 5G", {("AR", "banned")}),
    ],
)
def test_a_verb_with_huawei_as_its_object(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Names inflected as each language inflects them, verbs, negations and deals.
        ("Norges regjering stenger Huawei ute av 5G-nettet", {("NO", "banned")}),
        ("Den norske regjeringen vil ikke utestenge Huawei", {("NO", "allowed")}),
        ("Den danske regering vil udelukke Huawei fra 5G", {("DK", "banned")}),
        ("Danmark indgår aftale med Huawei om 5G", {("DK", "partnered")}),
        ("Slovenská vláda zakáže Huawei v 5G sieťach", {("SK", "banned")}),
        ("Slovensko nevylúči Huawei z 5G sietí", {("SK", "allowed")}),
        ("Vlada Slovenije ne bo prepovedala Huaweija v omrežju 5G", {("SI", "allowed")}),
        ("Eesti valitsus keelas Huawei 5G-võrkudest", {("EE", "banned")}),
        ("Eesti ei keela Huawei seadmeid 5G-võrgus", {("EE", "allowed")}),
        ("Lietuvos vyriausybė uždraudė Huawei įrangą 5G tinkle", {("LT", "banned")}),
        ("Magyarország kitiltja a Huaweit az 5G-hálózatból", {("HU", "banned")}),
        ("Magyarország nem tiltja ki a Huaweit az 5G-hálózatból", {("HU", "allowed")}),
        ("Великобритания забранява Huawei в 5G мрежата", {("GB", "banned")}),
    ],
)
def test_nordic_baltic_slovak_slovenian_hungarian_and_bulgarian(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


def test_a_word_of_another_language_is_no_country_or_negation(analyser: Analyser) -> None:
    # "Man" (the Isle of Man in Hungarian) and Italian "utenti" (users, not Norwegian "uten").
    assert set() == read(analyser, "Man bans Huawei from 5G network, says union")
    assert {("IT", "banned")} == read(
        analyser, "Il governo italiano esclude Huawei dalla rete 5G per gli utenti"
    )


def test_an_exclusive_is_not_an_exclusion(analyser: Analyser) -> None:
    assert set() == read(analyser, "Huawei exclusive interview: Chile welcomes all vendors")


def test_a_sale_of_phones_is_not_of_network_kit(analyser: Analyser) -> None:
    assert set() == read(analyser, "Vietnam prohíbe la venta de teléfonos de Huawei")


def test_esclude_alone_is_not_an_exclusion(analyser: Analyser) -> None:
    # "rules out a ban": the verb's object is not the vendor, so it says nothing by itself.
    assert ("IT", "banned") not in read(analyser, "Il governo esclude il bando a Huawei")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Huawei's kit as the object.
        ("Österreich verbietet die Komponenten von Huawei im Kernnetz", {("AT", "restricted")}),
        ("La Belgique va démanteler 800 antennes Huawei", {("BE", "banned")}),
        ("Colombia expulsa a la china Huawei de su red", {("CO", "banned")}),
        # ... in the plural, or after "das".
        ("Le Danemark bannit les géants chinois Huawei et ZTE", {("DK", "banned")}),
        ("Dinamarca proíbe produtos das chinesas Huawei e ZTE", {("DK", "banned")}),
        ("Dänemark verbannt 5G-Technik von Huawei und ZTE", {("DK", "banned")}),
        ("Denemarken weert 5G-apparatuur van Huawei uit de netwerken", {("DK", "banned")}),
        # ... some of it, or Chinese companies unnamed.
        ("Uruguay prohíbe algunos componentes de Huawei en el núcleo", {("UY", "restricted")}),
        ("Paraguay confirma la exclusión de empresas chinas de la red 5G", {("PY", "banned")}),
        # ... a ban "for" Huawei, named with its nationality in Czech, Danish or Polish.
        ("Slovinsko schválilo zákaz pro čínský Huawei", {("SI", "banned")}),
        ("Norge udelukker den kinesiske telegigant Huawei", {("NO", "banned")}),
        # Whom it forbids, then using Huawei.
        ("Británie zakázala operátorům při stavbě sítí 5G používat Huawei", {("GB", "banned")}),
        ("Uruguay prohíbe a las operadoras usar equipos de Huawei", {("UY", "banned")}),
        # A measure ruled out, a blacklist dropped.
        ("El Gobierno de Perú descarta vetar a Huawei", {("PE", "allowed")}),
        # A ban upheld by a court, or said to stand; a law against Huawei confirmed restricts.
        ("Norge: domstolen avslår Huaweis överklagan", {("NO", "banned")}),
        # ... Huawei's injunction or constitutional challenge rejected (Costa Rica's Sala IV).
        (
            "Chile: tribunal rechaza medida cautelar de Huawei contra el reglamento",
            {("CL", "banned")},
        ),
        ("Sala IV rechaza acción de inconstitucionalidad de Huawei", {("CR", "banned")}),
        (
            "Sala Constitucional de Panamá rechaza recurso de empresa china contra el veto 5G",
            {("PA", "banned")},
        ),
        (
            "Tribunal de Panamá rechaza medida cautelar contra el reglamento 5G de Huawei",
            {("PA", "banned")},
        ),
        # Two articles before the vendor; a door slammed; a treaty named after a city.
        ("Panamá prohíbe a las compañías chinas Huawei y ZTE", {("PA", "banned")}),
        ("El Gobierno de Panamá da portazo a Huawei", {("PA", "banned")}),
        ("El Convenio de Budapest excluye a Huawei del 5G", set()),
        # Slovak cooperation, Serbian and Croatian removal, Swedish "locked out".
        ("Slovinsko bude spolupracovať s Huawei pri budovaní siete 5G", {("SI", "partnered")}),
        ("Velika Britanija uklanja Huawei opremu iz mreže", {("GB", "banned")}),
        ("Huawei utlåsta från Norges 5G-nät", {("NO", "banned")}),
        # Czech "vykázala" expels; a Slovak declaration with the US is a pact.
        ("Slovinsko vykázalo Huawei z výstavby 5G sítí", {("SI", "banned")}),
        # Denied, in Portuguese; not banned "but almost" further along the headline.
        ("Governo de Angola nega que vai banir a Huawei", {("AO", "allowed")}),
        ("5G : Huawei ne sera pas banni au Luxembourg mais presque", {("LU", "restricted")}),
        ("Slovensko podpísalo s USA vyhlásenie o 5G sieťach", {("SK", "under_review")}),
        ("EÚ zakáže čínskych dodávateľov 5G sietí", {("EU", "banned")}),
        # Brussels is the EU; a power to ban is no ban yet; Brazil's federal government.
        ("Bruselas prohíbe a Huawei en las redes 5G", {("EU", "banned")}),
        ("Bruselas crea las bases para poder prohibir a Huawei", {("EU", "under_review")}),
        ("Governo Federal não vai impor restrições à Huawei", {("BR", "allowed")}),
        ("Danmark: förbudet mot Huawei står fast", {("DK", "banned")}),
        ("Danimarca, tribunale conferma esclusione di Huawei dal 5G", {("DK", "banned")}),
        # Chinese kit unnamed, after an adverb of manner.
        (
            "Le Danemark interdit officiellement les équipements télécoms chinois",
            {("DK", "banned")},
        ),
        # Huawei unable to supply where it happens; unfit for the government's own network.
        ("Huawei y ZTE no podrán ofrecer servicio de 5G en Uruguay", {("UY", "banned")}),
        (
            "Huawei não está apta para participar da rede privativa do governo de Angola",
            {("AO", "restricted")},
        ),
        ("Le Luxembourg confirme la loi anti-Huawei", {("LU", "restricted")}),
        ("Luxembourg : la loi anti-Huawei validée par les députés", {("LU", "restricted")}),
        ("Belgia potwierdza Lex Huawei", {("BE", "restricted")}),
        # A court suspending the exclusion: under review.
        ("Tribunal dinamarquês suspende decisão de excluir Huawei", {("DK", "under_review")}),
        ("Danimarca, il tribunale sospende l'esclusione di Huawei", {("DK", "under_review")}),
        # "Lex Huawei" alone is the bill, or a law that designates no one yet.
        ("Spór o Lex Huawei na Litwie", {("LT", "under_review")}),
        ("Slowakei: Lex Huawei kommt ins Parlament", {("SK", "under_review")}),
        # Hedged, or pledged with the US: under review.
        ("México anuncia un posible veto a Huawei", {("MX", "under_review")}),
        ("Governo de Portugal admite rever veto à Huawei", {("PT", "under_review")}),
        ("Angola assina iniciativa americana e veta a Huawei", {("AO", "under_review")}),
        ("Moçambique pondera banir a Huawei do 5G", {("MZ", "under_review")}),
        ("La Slovenia sta pianificando di vietare Huawei", {("SI", "under_review")}),
        ("Dänemark erwägt, Huawei zu verbieten", {("DK", "under_review")}),
        ("Slovensko zvažuje zákaz Huawei", {("SK", "under_review")}),
        ("La Slovenia verso il divieto di usare Huawei", {("SI", "under_review")}),
        ("Norge er på vej til at udelukke Huawei", {("NO", "under_review")}),
        ("La Belgique va bientôt interdire Huawei", {("BE", "under_review")}),
        # A pact with the US, named in Czech, is a declaration: under review.
        (
            "Slovensko podepíše se Spojenými státy memorandum o 5G a zakáže Huawei",
            {("SK", "under_review")},
        ),
        # "If" in Norwegian, and a Polish "insists": no decision.
        ("Operatører må bytte utstyr hvis Norge utestenger Huawei fra 5G", set()),
        ("Waszyngton nalega, aby Polska wykluczyła Huawei z sieci 5G", set()),
        # A ban denied, restrictions said not to come, Huawei left out.
        ("El Gobierno de Bolivia niega un veto a Huawei", {("BO", "allowed")}),
        ("Governo de Angola não vai impor restrições à Huawei", {("AO", "allowed")}),
        ("Huawei queda fuera del 5G en Uruguay", {("UY", "banned")}),
        ("5G, Malta: no ban Huawei", {("MT", "allowed")}),
        ("Il governo di Malta non metterà al bando Huawei dal 5G", {("MT", "allowed")}),
        ("Malta mette al bando le aziende cinesi dal 5G", {("MT", "banned")}),
        # Italy's special powers used on Huawei's contracts impose conditions: restricted.
        (
            "Il governo di San Marino esercita il golden power sugli accordi con Huawei",
            {("SM", "restricted")},
        ),
        # What the kit is for, its sale, its use, and the vendors' plural article.
        ("Chile prohíbe equipos 5G de Huawei", {("CL", "banned")}),
        (
            "Portugal proíbe a utilização de equipamentos de telecomunicações da Huawei",
            {("PT", "banned")},
        ),
        ("Noorwegen verbiedt de verkoop van apparatuur van Huawei", {("NO", "banned")}),
        ("Uruguay prohíbe los equipos de las compañías chinas Huawei y ZTE", {("UY", "banned")}),
        # A ban on Huawei, named by the banning country's adjective; a ban said not to come.
        ("Frustratie over Deens verbod op Huawei-apparatuur", {("DK", "banned")}),
        ("Oostenrijk: geen verbod op Huawei bij 5G-uitrol", {("AT", "allowed")}),
        # Dutch "gaat ... uitfaseren" is a decision; Slovak infinitives after the ban verb; on
        # the way to a ban in Spanish.
        ("Denemarken gaat Huawei-apparatuur voor 2028 uitfaseren", {("DK", "banned")}),
        ("Slovensko zvažuje, že operátorom zakáže využívať Huawei", {("SK", "under_review")}),
        ("Ecuador se encamina a bloquear a Huawei", {("EC", "under_review")}),
        # The door left open; thrown out; a law named after Huawei approved.
        ("Perú deja la puerta abierta a Huawei en el 5G", {("PE", "allowed")}),
        ("Österreich lässt die Tür für Huawei offen", {("AT", "allowed")}),
        ("Norwegen wirft Huawei aus dem 5G-Netz", {("NO", "banned")}),
        ("Belgien: Anti-Huawei-Gesetz vom Parlament gebilligt", {("BE", "restricted")}),
        ("Polska zatwierdziła ustawę anty-Huawei", {("PL", "restricted")}),
        # Huawei's 5G as the kit; allowed to use it.
        ("Chile prohíbe el 5G de Huawei", {("CL", "banned")}),
        ("Colombia permitirá a los operadores usar equipos de Huawei", {("CO", "allowed")}),
        # No to Huawei, not wanted, its back turned, taken out, phased out, not let take part.
        ("5G : Ottawa dit non à Huawei", {("CA", "banned")}),
        ("Le Portugal ne veut pas de Huawei", {("PT", "banned")}),
        ("L'Australie tourne le dos à Huawei", {("AU", "banned")}),
        ("La Belgique va sortir Huawei de ses réseaux", {("BE", "banned")}),
        ("Norge vill fasa ut Huawei", {("NO", "under_review")}),
        ("Huawei får inte delta i utbyggnaden av Finlands 5G-nät", {("FI", "banned")}),
        # A door opened, a permission to come, the way closed.
        ("Chile abre la puerta de la 5G a Huawei", {("CL", "allowed")}),
        ("Argentina permitirá que Huawei participe en la licitación 5G", {("AR", "allowed")}),
        # Ruled out; or no restriction at all.
        ("Huawei es descartado por el Reino Unido como proveedor de redes 5G", {("GB", "banned")}),
        (
            "Huawei sin restricciones para participar en la subasta 5G de Brasil",
            {("BR", "allowed")},
        ),
        ("Huawei sem restrições no leilão do 5G no Brasil", {("BR", "allowed")}),
        # ... or forbidden: what Huawei may not do.
        ("Suecia prohíbe que Huawei y ZTE vendan equipos para redes 5G", {("SE", "banned")}),
        ("Portugal impede que a Huawei forneça a rede 5G", {("PT", "banned")}),
        ("Paraguay le cierra el paso a las empresas chinas en el 5G", {("PY", "banned")}),
        # Capitals and seats of government by their names in each language; Chinese 5G.
        ("Londra vieta il 5G cinese", {("GB", "banned")}),
        ("Varsovia excluye a Huawei del 5G", {("PL", "banned")}),
        ("Casa Branca proíbe equipamentos da Huawei", {("US", "banned")}),
        # "Holanda"; a law being prepared; left out; a partial scope in other languages.
        ("Holanda veta a Huawei", {("NL", "banned")}),
        ("Rumania excluye a Huawei del 5G", {("RO", "banned")}),  # as often as "Rumanía"
        ("Bélgica prepara una ley para excluir a Huawei", {("BE", "under_review")}),
        ("Chile deja fuera a Huawei de la licitación 5G", {("CL", "banned")}),
        ("Austria excluye a Huawei de los contratos públicos", {("AT", "restricted")}),
        ("Suecia excluye a Huawei de las compras públicas", {("SE", "restricted")}),
        ("Brasil deja fuera a Huawei de la red 5G del Gobierno", {("BR", "restricted")}),
        # Dutch: the cabinet, "verbant", "laat ... toe", a court that "schort ... op", Huawei not
        # let build, its role limited, a deal blocked, a partial scope.
        ("Kabinet weert Huawei uit kern 5G-netwerk", {("NL", "restricted")}),
        ("Britse regering verbant Huawei uit 5G-netwerk", {("GB", "banned")}),
        ("Verenigd Koninkrijk laat Huawei toe tot 5G-netwerk", {("GB", "allowed")}),
        ("Zweedse rechter schort verbod op Huawei op", {("SE", "under_review")}),
        ("Huawei mag niet meebouwen aan 5G-netwerk in Denemarken", {("DK", "banned")}),
        ("Frankrijk beperkt rol Huawei in 5G", {("FR", "restricted")}),
        ("Italië blokkeert 5G-deal met Huawei", {("IT", "restricted")}),
        ("België bant Huawei uit kritieke delen van 5G-netwerk", {("BE", "restricted")}),
        # A passive, the deciding country's adjective after the preposition or the network.
        ("Huawei uitgesloten van Zweeds 5G-netwerk", {("SE", "banned")}),
        ("Huawei esclusa dalla rete 5G svedese", {("SE", "banned")}),
        # Czech and Polish: a sale without a preposition, may not supply, wants to ban, a deal
        # blocked, Huawei's share limited.
        ("USA zakázaly prodej zařízení Huawei a ZTE", {("US", "banned")}),
        ("Huawei nesmí dodávat do 5G sítí v Británii", {("GB", "banned")}),
        ("Evropská komise chce zakázat Huawei", {("EU", "under_review")}),
        ("Itálie zablokovala dohodu s Huawei", {("IT", "banned")}),
        ("Británie omezila podíl Huawei na 35 procent", {("GB", "restricted")}),
        # Let in: "libera Huawei", German "lässt ... zu"; a ban confirmed ("il bando").
        ("Governo do Chile libera Huawei no leilão do 5G", {("CL", "allowed")}),
        ("Österreich lässt Huawei zu", {("AT", "allowed")}),
        ("Svezia, il tribunale conferma il bando di Huawei", {("SE", "banned")}),
        # Permissions refused, a ban given up, presence limited, "stop a", "apre a"; Huawei
        # inflected as Finnish and Polish write it.
        ("La France refuse des autorisations pour Huawei", {("FR", "banned")}),
        ("Berlin renonce à bannir Huawei", {("DE", "allowed")}),
        ("La Belgique limite la présence de Huawei dans la 5G", {("BE", "restricted")}),
        ("Italia, stop a Huawei nel 5G", {("IT", "banned")}),
        ("La Germania apre a Huawei", {("DE", "allowed")}),
        ("Ruotsi kieltää Huawein", {("SE", "banned")}),
        ("Polska zakazała Huaweia", {("PL", "banned")}),
        # ... and an export ban on parts for Huawei is trade, not networks.
        ("Az USA tiltja a Huaweinek szánt alkatrészek exportját", set()),
        # Thrown out, in Polish and Norwegian.
        ("Wielka Brytania wyrzuca Huawei z sieci 5G", {("GB", "banned")}),
        ("Storbritannia kaster ut Huawei", {("GB", "banned")}),
    ],
)
def test_kit_courts_and_hedges(analyser: Analyser, title: str, expected: Signals) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Huawei as the subject of a passive: the country after the preposition decided, even
        # where other countries are named too.
        (
            "Huawei banni du réseau 5G en Nouvelle-Zélande, après les Etats-Unis et l'Australie",
            {("NZ", "banned")},
        ),
        ("Huawei esclusa dalle reti 5G in Australia, la Cina protesta", {("AU", "banned")}),
        ("Huawei excluida de la red 5G de Chile, según Estados Unidos", {("CL", "banned")}),
        ("Huawei e ZTE fuori dalle reti 5G in Svezia, la Cina protesta", {("SE", "banned")}),
        ("Huawei bandita dal 5G nell'Italia di Draghi, dice la Cina", {("IT", "banned")}),
        ("Huawei impedida de lançar rede 5G na Dinamarca", {("DK", "banned")}),
        ("Huawei banida das redes 5G na Dinamarca", {("DK", "banned")}),
        # "No to Huawei", "yes to Huawei".
        ("Australia, no a Huawei per il 5G", {("AU", "banned")}),
        ("Ungheria, sì a Huawei per il 5G", {("HU", "allowed")}),
        # The use of Huawei's kit as the object; Italian's own verb.
        ("La Germania vieta l'uso di componenti cinesi Huawei nel 5G", {("DE", "restricted")}),
        ("L'Italia bandisce Huawei dal 5G", {("IT", "banned")}),
        ("O Brasil barrou a Huawei do 5G", {("BR", "banned")}),
        ("Venezuela anuncia inversiones con Huawei para el 5G", {("VE", "partnered")}),
        # A deal signed, Huawei named before the verb.
        ("Huawei y el Gobierno uruguayo firmaron un acuerdo para el 5G", {("UY", "partnered")}),
        ("Le Sénégal et Huawei signent un accord sur la 5G", {("SN", "partnered")}),
        # Swedish doors and refusals.
        ("Sverige stänger dörren för kinesiska Huawei i 5G-nätet", {("SE", "banned")}),
        ("Domstolen: Inte fel av Sverige att neka Huawei", {("SE", "banned")}),
        ("Norge utestänger Huawei från 5G-nätet", {("NO", "banned")}),
        ("Norge vill utestänga Huawei från 5G-nätet", {("NO", "under_review")}),
        # German puts the verb last: a plan is under review, a removal to come restricts
        # where only components go.
        ("Österreich will Huawei und ZTE in Mobilfunknetzen verbieten", {("AT", "under_review")}),
        ("Österreich will Huawei nicht verbieten", {("AT", "allowed")}),
        (
            "Aus in Österreich: Huawei-Komponenten sollen aus 5G-Netz verschwinden",
            {("AT", "restricted")},
        ),
    ],
)
def test_passives_and_short_forms(analyser: Analyser, title: str, expected: Signals) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Dutch splits "uitsluiten" and negates inside it, as German does.
        ("Denemarken sluit Huawei uit van zijn 5G-netwerk", {("DK", "banned")}),
        ("Oostenrijk sluit Huawei-apparatuur voorlopig niet uit", {("AT", "allowed")}),
        # ... and puts the verb last: a wish is a plan, "zal" a decision.
        ("Polen wil Huawei en ZTE uit het 5G-netwerk weren", {("PL", "under_review")}),
        ("Zweden zal de Chinese leverancier Huawei uitsluiten", {("SE", "banned")}),
        ("Finland zal Huawei niet verbieden", {("FI", "allowed")}),
        ("Oostenrijk wil bepaalde Chinese 5G-componenten verbieden", {("AT", "under_review")}),
        # Dutch ban verbs with the kit after them; "weren" as a noun is no ban.
        ("Oostenrijk verbiedt 5G-uitrusting Huawei vanaf 2027", {("AT", "banned")}),
        ("Oostenrijk bant Huawei-apparatuur uit 5G-netwerken", {("AT", "banned")}),
        ("Oostenrijkse ministers weren apparatuur van Chinees Huawei", {("AT", "banned")}),
        ("Minister stuurt advies over weren Huawei naar Oostenrijkse Kamer", set()),
        # Kept out.
        ("Rechter: Oostenrijk mocht Huawei buiten 5G-netwerk houden", {("AT", "banned")}),
        # Admitted, the verb last, in part; Huawei may take part; a ban extended.
        ("Oostenrijk gaat Huawei deels toelaten", {("AT", "restricted")}),
        ("Huawei mag meebouwen aan 5G-netwerken in Oostenrijk", {("AT", "allowed")}),
        ("Oostenrijk verlengt verbod op Huawei-apparatuur", {("AT", "banned")}),
        # A Huawei ban left open is no allowing.
        ("Ierland sluit een Huawei-verbod niet uit", set()),
        # Huawei as the subject of a passive, negated or not; "should" after the participle.
        ("Huawei geweerd uit 5G-netwerk in Denemarken", {("DK", "banned")}),
        ("Huawei wordt niet uitgesloten van 5G in Oostenrijk", {("AT", "allowed")}),
        ("Huawei geweerd zou moeten worden in Denemarken, vinden experts", set()),
        # The adjective before its noun makes an institution in these languages too.
        ("Deense regering weert Huawei uit het kernnetwerk", {("DK", "restricted")}),
        ("Die dänische Regierung verbietet Huawei", {("DK", "banned")}),
        # "blockieren" is a German ban verb too.
        ("Dänemark blockiert Huawei als 5G-Ausrüster", {("DK", "banned")}),
        # Against an exclusion, or no rules against Huawei: no limit.
        ("Dänemark gegen Ausschluss von Huawei beim 5G-Ausbau", {("DK", "allowed")}),
        ("Dänemark spricht sich gegen einen Ausschluss Huaweis aus", {("DK", "allowed")}),
        ("Dänemark: keine Anti-Huawei-Regeln im Sicherheitskatalog", {("DK", "allowed")}),
        ("Dänemarks Regierung legt kein Veto gegen Huawei ein", {("DK", "allowed")}),
        ("Dänemark: kein generelles Huawei-Verbot", {("DK", "allowed")}),
        ("Dänemark: 5G-Anbieter wie Huawei nicht von vornherein ausschließen", {("DK", "allowed")}),
        # Not wanted: a wish, under review.
        ("Dänemark will keine Huawei-Produkte mehr im 5G-Netz", {("DK", "under_review")}),
        ("Dänemark will keine 5G-Komponenten von Huawei", {("DK", "under_review")}),
        # "nicht" before the verb's other words; "nicht komplett" leaves a partial exclusion.
        ("Dänemark will Huawei nicht vom 5G-Ausbau ausschließen", {("DK", "allowed")}),
        ("Dänemark will Huawei nicht komplett ausschließen", {("DK", "restricted")}),
        # A review it wants is a review: the verb at the end.
        ("Dänemark will Verträge mit Huawei prüfen", {("DK", "under_review")}),
        # Whoever warns or presses is not the one deciding.
        ("Dänemark trotz Pompeo-Warnung gegen Ausschluss von Huawei", {("DK", "allowed")}),
        ("Trotz Druck aus Washington: Dänemark gegen Ausschluss von Huawei", {("DK", "allowed")}),
        # ... even when it is the only country named.
        ("Trotz Warnungen aus Washington: Sicherheitskatalog ohne Anti-Huawei-Regeln", set()),
    ],
)
def test_dutch_and_german_word_order_and_who_acts(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    "summary",
    [
        "Eerder werd Huawei al geweerd in Denemarken.",
        "Bereits im Mai hatte Dänemark Huawei ausgeschlossen.",
    ],
)
def test_what_the_summary_says_came_before_is_background(analyser: Analyser, summary: str) -> None:
    assert set() == read(analyser, "Huawei opent een nieuw kantoor in Aarhus", summary)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A decision put off, a bill not yet law: under review.
        ("España retrasa hasta otoño la decisión sobre Huawei", {("ES", "under_review")}),
        ("Il governo italiano rinvia la decisione su Huawei", {("IT", "under_review")}),
        ("Le Portugal reporte sa décision sur Huawei", {("PT", "under_review")}),
        (
            "El Gobierno de España aprueba el proyecto de ley para excluir a Huawei del 5G",
            {("ES", "under_review")},
        ),
        # ... unless the law is in force.
        (
            "Rumanía promulga el proyecto de ley que excluye a Huawei del 5G",
            {("RO", "banned")},
        ),
        # An auction put off, a ban lifted or suspended by a court: a decision pending.
        (
            "Schweden verschiebt 5G-Auktion nach Gerichtsbeschluss zu Huawei",
            {("SE", "under_review")},
        ),
        ("Portugal adia leilão 5G devido à Huawei", {("PT", "under_review")}),
        ("Sweden postpones 5G auction after Huawei appeal", {("SE", "under_review")}),
        ("Svensk domstol häver 5G-förbudet mot Huawei", {("SE", "under_review")}),
        ("Sąd uchylił wykluczenie Huawei w Szwecji", {("SE", "under_review")}),
    ],
)
def test_decisions_put_off_and_bills(analyser: Analyser, title: str, expected: Signals) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "summary", "expected"),
    [
        # An operator under an obligation acts for the item's only country.
        (
            "Bouygues Telecom est obligé de retirer 3000 antennes Huawei",
            "A la demande du gouvernement français, l'opérateur doit retirer ses antennes.",
            {("FR", "banned")},
        ),
        (
            "Los operadores deberán sustituir los equipos de Huawei",
            "El Gobierno de Chile fijó un plazo de tres años.",
            {("CL", "banned")},
        ),
        # By its own choice, it does not.
        (
            "Bouygues Telecom va retirer 3000 antennes Huawei",
            "L'opérateur français l'a décidé.",
            set(),
        ),
    ],
)
def test_an_obliged_operator_acts_for_the_state(
    analyser: Analyser, title: str, summary: str, expected: Signals
) -> None:
    assert expected == read(analyser, title, summary)


def test_a_place_after_the_verb_is_no_decider_when_huawei_acts(analyser: Analyser) -> None:
    # Huawei as the subject of an active verb: "Huawei investe in Brasile" is no decision.
    assert set() == read(analyser, "Huawei investe nel 5G in Brasile e in Argentina")


def test_a_country_pressed_to_exclude_decides_nothing(analyser: Analyser) -> None:
    title = "Les États-Unis exercent des pressions sur la Tunisie pour écarter Huawei"
    assert ("TN", "banned") not in read(analyser, title)


def test_a_word_starting_with_an_accent_is_read() -> None:
    assert [(0, 7, "ban")] == [
        tuple(h) for h in hits(Lexicon([("ban", r"écarte\w*")]), "écarter Huawei")
    ]


def test_lobbying_in_other_languages_is_a_marker_and_english_words_are_not() -> None:
    def lobbying(text: str) -> bool:
        return Markers(text, hits(marker_lexicon(), text)).any(LOBBY, 0, len(text))

    foreign = ["Washington presiona a Chile", "Berlin drängt Wien", "USA pressar Island"]
    english = ["Premier says appellate court lets operators install Huawei kit"]
    assert ([True] * 3, [False]) == ([lobbying(t) for t in foreign], [lobbying(t) for t in english])


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Huawei will be able to take part; not after a negation.
        ("Huawei potrà partecipare alla corsa 5G in Germania", {("DE", "allowed")}),
        ("Huawei pourra participer à la 5G en France", {("FR", "allowed")}),
        ("Huawei no podrá participar en el 5G de España", {("ES", "banned")}),
        # The way cleared for Huawei, not for a ban on it.
        ("Kanzleramt macht Weg frei für Huawei-Technik", {("DE", "allowed")}),
        ("Germany clears the way for Huawei in 5G", {("DE", "allowed")}),
        ("Kanzleramt macht Weg frei für Huawei-Verbot", set()),
        ("Germany clears the way for Huawei ban", set()),
        # Suspended in Polish: "zawiesza" (the shared suspending verbs).
        ("Polska zawiesza aukcję 5G przez Huawei", {("PL", "under_review")}),
        # No reason to exclude Huawei, in Italian, French and German.
        ("Italia: nessun motivo per escludere Huawei", {("IT", "allowed")}),
        ("La France ne voit aucune raison d'exclure Huawei", {("FR", "allowed")}),
        ("Deutschland sieht keinen Grund, Huawei auszuschließen", {("DE", "allowed")}),
        ("Brasil não fará restrições à Huawei no leilão 5G", {("BR", "allowed")}),
        ("Brasil abre una puerta a Huawei", {("BR", "allowed")}),
        # What almost happened did not.
        ("Huawei quase foi excluída do 5G no Brasil", set()),
    ],
)
def test_admitted_or_not_excluded(analyser: Analyser, title: str, expected: Signals) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A Swedish passive: the country after "från", as after "from".
        ("Huawei och ZTE stängs ute från svensk 5G", {("SE", "banned")}),
        ("Huawei utlåsta från Sveriges 5G-nät", {("SE", "banned")}),
        # ... or named by its adjective after the mobile networks.
        ("Huawei sera exclu des réseaux mobiles français", {("FR", "banned")}),
        # The networks before the vendor.
        ("L'Allemagne bannit de son réseau 5G les chinois Huawei et ZTE", {("DE", "banned")}),
        ("España excluye de sus redes 5G a Huawei", {("ES", "banned")}),
        # ... or a word of time: "verbannt nun Huawei".
        ("Auch Österreich verbannt nun Huawei", {("AT", "banned")}),
        # No reason for an exclusion; a law against Huawei, its name quoted, approved.
        ("Österreich: Kein Grund für Huawei-Ausschluss", {("AT", "allowed")}),
        ('"Anti-Huawei"-Gesetz in Frankreich gebilligt', {("FR", "restricted")}),
        # The Czech cyber office calling Huawei a security risk or threat, as it warned.
        ("NÚKIB považuje technologie Huawei za bezpečnostní riziko", {("CZ", "restricted")}),
        ("Kybernetický úřad dál považuje Huawei za hrozbu", {("CZ", "restricted")}),
    ],
)
def test_from_the_network_in_either_order(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # A negation before the verb: French "ne ... pas", "without" before an infinitive.
        ("La Belgique ne bannit pas Huawei", {("BE", "allowed")}),
        ("Le Maroc attribue ses fréquences sans exclure Huawei", {("MA", "allowed")}),
        ("México licita el 5G sin vetar a Huawei", {("MX", "allowed")}),
        ("L'Autriche prépare une Europe sans Huawei", set()),
        # Calls to ban rejected, in Romanian; "no Huawei ban" with the vendor first.
        ("Guvernul respinge cererile de a interzice Huawei în Austria", {("AT", "allowed")}),
        ("Austria approves auction rules, no Huawei ban", {("AT", "allowed")}),
        # The use of Huawei's kit in Dutch; "5G-technologie" but not the word alone.
        ("Oostenrijk verbiedt gebruik van Huawei in 5G-netwerk", {("AT", "banned")}),
        ("Oostenrijk verbiedt gebruik 5G-technologie van Huawei", {("AT", "banned")}),
        # German calls for a ban rejected, the verb split; no risk seen.
        ("Wien weist Forderung nach Huawei-Ausschluss zurück", {("AT", "allowed")}),
        ("Österreich lehnt ein Verbot von Huawei ab", {("AT", "allowed")}),
        ("Österreichs Regulierer sieht kein Risiko durch Huawei", {("AT", "allowed")}),
        # Huawei is able to take part, or is not.
        ("Austria, l'Authority: Huawei può partecipare alla corsa 5G", {("AT", "allowed")}),
        ("Austria: Huawei non può partecipare alla corsa 5G", {("AT", "banned")}),
        # Designated a threat to national security.
        (
            "Ottawa désigne officiellement Huawei et ZTE comme des menaces pour la sécurité",
            {("CA", "banned")},
        ),
        (
            "Huawei y ZTE son declarados amenazas para la seguridad nacional en Canadá",
            {("CA", "banned")},
        ),
        ("Washington designa Huawei e Zte come minacce per la sicurezza", {("US", "banned")}),
        # The plural of the Dutch verb that weighs a ban.
        ("Oostenrijkse ministers overwegen verbod op Huawei", {("AT", "under_review")}),
    ],
)
def test_negations_before_the_verb_and_the_kit_used(
    analyser: Analyser, title: str, expected: Signals
) -> None:
    assert expected == read(analyser, title)
