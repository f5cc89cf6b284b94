/// What every extract column means: type, unit, definition and the labels of its codes in French, Dutch
/// and English. Pseudocode labels come from `Indicators/reference/pseudocodes.csv`, network names from the
/// networks in force, indicator titles and definitions from the catalogue.
public enum ExtractVocabulary {
    /// A code of a column with its labels.
    public struct Code: Sendable, Hashable {
        /// The value as written in the data file.
        public var code: String
        /// Its labels.
        public var label: Labels
        /// What it means, when a label is not enough (indicators: the catalogue's definition).
        public var definition: Labels? = nil
    }

    /// The description of one output column.
    public struct Column: Sendable, Hashable {
        /// The column name.
        public var name: String
        /// The label the spec gives (or FiveAim's, for `level` and `status`).
        public var label: Labels
        /// `code`, `month (YYYY-MM)`, `integer` …
        public var type: String
        /// What a number counts, when the column holds numbers.
        public var unit: String?
        /// The allowed codes, when the column holds codes from a list.
        public var codes: [Code]?
        /// What the column means.
        public var definition: Labels
    }

    static func l(_ fr: String, _ nl: String, _ en: String) -> Labels { Labels(fr: fr, nl: nl, en: en) }

    /// The values a filter on `dimension` accepts, or nil when any value is accepted (network codes).
    static func values(of dimension: ExtractDimension, table: ExtractTable, reference: ReferenceData) -> [String]? {
        switch dimension {
        case .network, .year, .quarter, .month: nil
        case .pseudocode: reference.pseudocodes.keys.sorted().map(String.init)
        case .function:
            // Activity has no function column: every function a pseudocode can have.
            table == .activity ? CareFunction.allCases.map(\.rawValue) : table.tableKind.column(.function)?.type.codes
        case .modality: Modality.allCases.map(\.rawValue)
        case .setting: Setting.allCases.map(\.rawValue)
        case .unit: UnitKind.allCases.map(\.rawValue)
        case .providerRole: ProviderRole.allCases.map(\.rawValue)
        case .firstSession, .withRelatives: ["yes", "no"]
        case .ageBand: AgeBand.allCases.map(\.rawValue)
        case .bim: BimStatus.allCases.map(\.rawValue)
        case .bucket: WaitBucket.allCases.map(\.rawValue)
        }
    }

    /// The position of a value in its column's natural order (age bands by age, buckets by wait, functions 1, 2, 3 …).
    static func order(_ dimension: ExtractDimension, _ value: String) -> Int {
        switch dimension {
        case .function: value == "all" ? -1 : CareFunction.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .modality: Modality.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .setting: Setting.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .unit: UnitKind.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .providerRole: ProviderRole.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .firstSession, .withRelatives: value == "yes" ? 0 : 1
        case .ageBand: AgeBand.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .bim: BimStatus.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .bucket: WaitBucket.allCases.firstIndex { $0.rawValue == value } ?? 99
        case .network: value == Network.nationalCode ? 1 : 0
        case .year, .quarter, .month, .pseudocode: 0
        }
    }

    /// The codes of `dimension` with their labels (nil for dates and years); `networks` are those in force.
    static func codes(
        of dimension: ExtractDimension, table: ExtractTable, reference: ReferenceData, networks: [Network],
        kept: Set<String>?
    ) -> [Code]? {
        var result: [Code]
        switch dimension {
        case .year, .quarter, .month: return nil
        case .network:
            result = networks.sorted { $0.code < $1.code }.map { Code(code: $0.code, label: l($0.name, $0.name, $0.name)) }
            if table == .beneficiaries {
                result.append(
                    Code(
                        code: Network.nationalCode,
                        label: l(
                            "Belgique (total national distinct)", "België (nationaal uniek totaal)",
                            "Belgium (national distinct total)")))
            }
        case .pseudocode:
            result = reference.pseudocodes.keys.sorted().map { Code(code: String($0), label: reference.pseudocodes[$0]!.labels) }
        default:
            let values = Self.values(of: dimension, table: table, reference: reference) ?? []
            result = values.map { Code(code: $0, label: label(dimension, $0)) }
        }
        if let kept { result = result.filter { kept.contains($0.code) } }
        return result
    }

    /// The label of a code.
    static func label(_ dimension: ExtractDimension, _ value: String) -> Labels {
        switch (dimension, value) {
        case (.function, "1"):
            l(
                "Fonction 1 : interventions communautaires", "Functie 1: gemeenschapsgerichte interventies",
                "Function 1: community interventions")
        case (.function, "2"):
            l(
                "Fonction 2 : soutien psychologique de première ligne", "Functie 2: eerstelijnspsychologische ondersteuning",
                "Function 2: first-line psychological support")
        case (.function, "3"):
            l(
                "Fonction 3 : traitement psychologique de première ligne", "Functie 3: eerstelijnspsychologische behandeling",
                "Function 3: first-line psychological treatment")
        case (.function, "mission"): l("Missions de soutien (art. 8)", "Ondersteuningsopdrachten (art. 8)", "Support missions (art. 8)")
        case (.function, "administrative"):
            l(
                "Codes administratifs (concertation, forfaits de trajet)", "Administratieve codes (overleg, trajectforfaits)",
                "Administrative codes (concertation, trajectory fees)")
        case (.function, "postcovid"): l("Codes post-COVID-19", "Post-COVID-19-codes", "Post-COVID-19 codes")
        case (.function, "all"):
            l("Toutes fonctions (personnes distinctes)", "Alle functies (unieke personen)", "All functions (distinct people)")
        case (.modality, "individual"): l("Individuel", "Individueel", "Individual")
        case (.modality, "group"): l("Groupe", "Groep", "Group")
        case (.modality, "cofacilitation"): l("Co-animation", "Co-begeleiding", "Co-facilitation")
        case (.modality, "mission"): l("Mission de soutien", "Ondersteuningsopdracht", "Support mission")
        case (.modality, "administrative"): l("Administratif", "Administratief", "Administrative")
        case (.setting, "practice"): l("Cabinet", "Praktijk", "Practice")
        case (.setting, "outreach"): l("Lieu d’accroche", "Vindplaats", "Outreach site")
        case (.setting, "home"): l("Domicile du bénéficiaire", "Thuis bij de rechthebbende", "Beneficiary’s home")
        case (.setting, "remote"): l("À distance", "Op afstand", "Remote")
        case (.setting, "unspecified"): l("Non précisé", "Niet gespecificeerd", "Unspecified")
        case (.unit, "session"): l("Séance", "Sessie", "Session")
        case (.unit, "participation"):
            l("Participation à une séance de groupe", "Deelname aan een groepssessie", "Participation in a group session")
        case (.unit, "cofacilitated_session"): l("Séance co-animée", "Co-begeleide sessie", "Co-facilitated session")
        case (.unit, "hour"): l("Heure de mission", "Uur opdracht", "Hour of mission work")
        case (.unit, "professional_participation"):
            l(
                "Participation d’un professionnel à une concertation", "Deelname van een professional aan overleg",
                "Professional’s participation in a concertation")
        case (.unit, "trajectory_fee"): l("Forfait de fin de trajet", "Forfait einde traject", "End-of-trajectory fee")
        case (.unit, "coordination_fee"): l("Forfait de coordination", "Coördinatieforfait", "Coordination fee")
        case (.providerRole, "psychologist"):
            l("Psychologue / orthopédagogue", "Psycholoog / orthopedagoog", "Psychologist / orthopedagogue")
        case (.providerRole, "physician"): l("Médecin", "Arts", "Physician")
        case (.providerRole, "other_provider"):
            l("Autre prestataire de soins ou d’aide", "Andere zorg- of hulpverlener", "Other care provider")
        case (.providerRole, "professional"): l("Professionnel", "Professional", "Professional")
        case (.providerRole, "care_coordinator"): l("Coordinateur de soins", "Zorgcoördinator", "Care coordinator")
        case (.firstSession, "yes"), (.withRelatives, "yes"): l("Oui", "Ja", "Yes")
        case (.firstSession, "no"), (.withRelatives, "no"): l("Non", "Nee", "No")
        case (.ageBand, "0-11"): l("0 à 11 ans", "0 tot 11 jaar", "0 to 11 years")
        case (.ageBand, "12-14"): l("12 à 14 ans", "12 tot 14 jaar", "12 to 14 years")
        case (.ageBand, "15-17"): l("15 à 17 ans", "15 tot 17 jaar", "15 to 17 years")
        case (.ageBand, "18-23"): l("18 à 23 ans", "18 tot 23 jaar", "18 to 23 years")
        case (.ageBand, "24-64"): l("24 à 64 ans", "24 tot 64 jaar", "24 to 64 years")
        case (.ageBand, "65+"): l("65 ans et plus", "65 jaar en ouder", "65 years and over")
        case (.ageBand, "unknown"):
            l(
                "Âge inconnu (participants non enregistrés)", "Leeftijd onbekend (deelnemers niet geregistreerd)",
                "Age unknown (participants not registered)")
        case (.bim, "yes"): l("Intervention majorée", "Verhoogde tegemoetkoming", "Increased reimbursement")
        case (.bim, "no"): l("Sans intervention majorée", "Zonder verhoogde tegemoetkoming", "Without increased reimbursement")
        case (.bim, "unknown"): l("Statut inconnu", "Statuut onbekend", "Status unknown")
        case (.bucket, "0-7"): l("0 à 7 jours", "0 tot 7 dagen", "0 to 7 days")
        case (.bucket, "8-14"): l("8 à 14 jours", "8 tot 14 dagen", "8 to 14 days")
        case (.bucket, "15-30"): l("15 à 30 jours", "15 tot 30 dagen", "15 to 30 days")
        case (.bucket, "31-60"): l("31 à 60 jours", "31 tot 60 dagen", "31 to 60 days")
        case (.bucket, "61-90"): l("61 à 90 jours", "61 tot 90 dagen", "61 to 90 days")
        case (.bucket, "91+"): l("91 jours et plus", "91 dagen en meer", "91 days or more")
        case (.bucket, "unknown"): l("Date de la demande inconnue", "Datum van de hulpvraag onbekend", "Request date unknown")
        default: l(value, value, value)
        }
    }

    /// The type of a grouping column as written in the codebook.
    static func type(of dimension: ExtractDimension) -> String {
        switch dimension {
        case .year: "integer (YYYY)"
        case .quarter: "quarter (YYYY-Qn)"
        case .month: "month (YYYY-MM, ISO 8601)"
        default: "code"
        }
    }

    /// What a grouping column means.
    static func definition(of dimension: ExtractDimension, table: ExtractTable) -> Labels {
        switch dimension {
        case .network:
            table == .beneficiaries
                ? l(
                    "Code du réseau de santé mentale ; BE : total national de personnes distinctes.",
                    "Code van het netwerk geestelijke gezondheid; BE: nationaal totaal unieke personen.",
                    "Mental-health network code; BE: the national distinct total.")
                : l("Code du réseau de santé mentale.", "Code van het netwerk geestelijke gezondheid.", "Mental-health network code.")
        case .year: l("Année civile.", "Kalenderjaar.", "Calendar year.")
        case .quarter:
            l("Trimestre civil (Q1 = janvier–mars).", "Kalenderkwartaal (Q1 = januari–maart).", "Calendar quarter (Q1 = January–March).")
        case .month:
            table == .waits
                ? l("Mois de la première séance.", "Maand van de eerste sessie.", "Month of the first session.")
                : l("Mois de la prestation.", "Maand van de prestatie.", "Month of the service.")
        case .pseudocode:
            l(
                "Pseudocode de l’annexe 1 de la convention.", "Pseudocode van bijlage 1 van de overeenkomst.",
                "Pseudocode of Annex 1 of the convention.")
        case .function: l("Fonction de la convention.", "Functie van de overeenkomst.", "Function of the convention.")
        case .modality:
            l(
                "Modalité de la prestation, selon le pseudocode.", "Modaliteit van de prestatie, volgens de pseudocode.",
                "How the service is delivered, from the pseudocode.")
        case .setting:
            l(
                "Lieu de la prestation, selon le pseudocode.", "Plaats van de prestatie, volgens de pseudocode.",
                "Where the service takes place, from the pseudocode.")
        case .unit:
            l(
                "Ce qu’une unité compte pour ces pseudocodes.", "Wat één eenheid telt voor deze pseudocodes.",
                "What one unit counts for these pseudocodes.")
        case .providerRole: l("Prestataire qui atteste le code.", "Zorgverlener die de code attesteert.", "Who attests the code.")
        case .firstSession: l("Code de première séance.", "Code voor een eerste sessie.", "Whether it is a first-session code.")
        case .withRelatives: l("Séance avec l’entourage.", "Sessie met de context.", "Whether the session is with relatives.")
        case .ageBand:
            table == .beneficiaries
                ? l(
                    "Tranche d’âge à la première prestation de l’année.", "Leeftijdsgroep bij de eerste prestatie van het jaar.",
                    "Age band at the first service of the year.")
                : l(
                    "Tranche d’âge au moment de la prestation.", "Leeftijdsgroep op het moment van de prestatie.",
                    "Age band at the service.")
        case .bim:
            l("Statut d’intervention majorée (BIM).", "Statuut verhoogde tegemoetkoming (VT).", "Increased-reimbursement status (BIM).")
        case .bucket:
            l(
                "Délai entre la demande d’aide et la première séance individuelle, en jours.",
                "Wachttijd tussen hulpvraag en eerste individuele sessie, in dagen.",
                "Days from the help request to the first individual session.")
        }
    }

    /// What the summed count of a table means, with its unit.
    static func measure(of table: ExtractTable) -> (unit: String, definition: Labels) {
        switch table {
        case .activity:
            (
                "units of the code's unit kind (see column unit)",
                l(
                    "Somme des unités attestées : séances, participations, heures ou forfaits selon le pseudocode (colonne unit).",
                    "Som van de geattesteerde eenheden: sessies, deelnames, uren of forfaits volgens de pseudocode (kolom unit).",
                    "Sum of attested units: sessions, participations, hours or fees depending on the pseudocode (column unit).")
            )
        case .waits:
            (
                "first individual sessions",
                l(
                    "Nombre de premières séances individuelles dans la classe de délai.",
                    "Aantal eerste individuele sessies in de wachttijdklasse.",
                    "Number of first individual sessions in the wait bucket.")
            )
        case .beneficiaries:
            (
                "distinct people",
                l(
                    "Personnes distinctes ; s’additionnent seulement au sein d’un réseau, d’une année et d’une fonction.",
                    "Unieke personen; tellen enkel op binnen één netwerk, jaar en functie.",
                    "Distinct people; they add up only inside one network, year and function.")
            )
        case .groupSessions:
            (
                "distinct group sessions",
                l(
                    "Séances de groupe distinctes tenues ; une séance animée par deux psychologues/orthopédagogues cliniciens compte une fois (chacun facture l’honoraire de groupe, art. 15 §2 3°, d’où deux honoraires dans les dépenses).",
                    "Gehouden unieke groepssessies; een sessie onder leiding van twee klinisch psychologen/orthopedagogen telt één keer (elk van hen factureert het groepshonorarium, art. 15 §2 3°, dus twee honoraria in de uitgaven).",
                    "Distinct group sessions held; a session led by two psychologists/orthopedagogues counts once (each bills the group fee, art. 15 §2 3°, hence two fees in spending)."
                )
            )
        }
    }

    /// The `level` column: which entry of the table with margins a row is.
    static func levelColumn(_ layout: ExtractLayout) -> Column {
        let rows = layout.rows.map(\.name).joined(separator: ", ")
        let columns = layout.columns.map(\.name).joined(separator: ", ")
        return Column(
            name: "level", label: l("Niveau", "Niveau", "Level"), type: "code", unit: nil,
            codes: [
                Code(code: "cell", label: l("Cellule", "Cel", "Cell")),
                Code(
                    code: "row_total",
                    label: l(
                        "Total de ligne (colonnes \(columns) vides)", "Rijtotaal (kolommen \(columns) leeg)",
                        "Row total (columns \(columns) empty)")),
                Code(
                    code: "column_total",
                    label: l(
                        "Total de colonne (colonnes \(rows) vides)", "Kolomtotaal (kolommen \(rows) leeg)",
                        "Column total (columns \(rows) empty)")),
                Code(code: "grand_total", label: l("Total général de la strate", "Eindtotaal van de laag", "Grand total of the stratum")),
            ],
            definition: l(
                "Cellule du tableau ou total publié ; une colonne vide vaut « toutes les valeurs ».",
                "Cel van de tabel of gepubliceerd totaal; een lege kolom betekent ‘alle waarden’.",
                "A cell of the table or a published total; an empty grouping column means ‘all values’."))
    }

    /// The `status` column of a table extract.
    static func statusColumn(threshold: Int64) -> Column {
        Column(
            name: "status", label: l("Statut", "Status", "Status"), type: "code", unit: nil,
            codes: [
                Code(code: "ok", label: l("Publié", "Gepubliceerd", "Published")),
                Code(
                    code: "suppressed",
                    label: l(
                        "Masqué (<\(threshold) ou masquage complémentaire) ; valeur vide",
                        "Gemaskeerd (<\(threshold) of aanvullend gemaskeerd); waarde leeg",
                        "Suppressed (<\(threshold) or complementary suppression); value empty")),
            ],
            definition: l(
                "Si la valeur est publiée ou masquée par le contrôle de divulgation.",
                "Of de waarde gepubliceerd of door de onthullingscontrole gemaskeerd is.",
                "Whether the value is published or hidden by disclosure control."))
    }
}
