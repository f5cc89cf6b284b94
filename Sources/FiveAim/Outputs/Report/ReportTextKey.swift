/// The keys of a report texts file (`Exports/report/texts.<lang>.yaml`), as nested YAML keys joined by dots.
public enum ReportTextKey: String, Sendable, Hashable, CaseIterable {
    /// 1er
    case firstDay = "date.first_day"
    /// {day} (another day of a month; `{day}.` in German)
    case dayPattern = "date.day"
    /// Rapport annuel
    case title = "document.title"
    /// document.subtitle
    case subtitle = "document.subtitle"
    /// Table des matières
    case tocTitle = "document.toc_title"
    /// Projet généré par
    case generatedNote = "document.generated"
    /// Résumé de l’année {year}
    case headingSummary = "heading.summary"
    /// Contexte
    case headingContext = "heading.context"
    /// Les cinq objectifs de la convention (5AIM)
    case headingAims = "heading.aims"
    /// Chaque indicateur est donné pour {year}, pour {previous_year} et pour la Belgique …
    case headingAimsIntro = "heading.aims_intro"
    /// Délai entre la demande et la première séance
    case headingWaits = "heading.waits"
    /// Séances individuelles et de groupe
    case headingGroups = "heading.groups"
    /// Lieux d’accroche et missions de soutien
    case headingOutreach = "heading.outreach"
    /// Budget et dépenses
    case headingBudget = "heading.budget"
    /// Règles de la convention
    case headingChecks = "heading.checks"
    /// Qualité des données
    case headingQuality = "heading.quality"
    /// Perspectives
    case headingPlans = "heading.plans"
    /// Annexe — définitions et calculs
    case headingAnnex = "heading.annex"
    /// Règle :
    case headingAnnexRule = "heading.annex_rule"
    /// tables :
    case headingAnnexTables = "heading.annex_tables"
    /// art. (the abbreviation of an article in references)
    case articleAbbreviation = "article.abbreviation"
    /// convention (the 2024 convention, in article references)
    case articleConvention = "article.convention"
    /// avenant (the 2026 amendment, in article references)
    case articleAmendment = "article.amendment"
    /// Version du réseau : tous les chiffres du réseau, sans masquage des petits effectifs.
    case audienceNetwork = "audience.network"
    /// Version pour le comité d’accompagnement (art. 20) : tout effectif de personnes ou de prestations de 1 à
    case audienceCommittee = "audience.committee"
    /// Les données couvrent toute l’année
    case periodFull = "period.full"
    /// Les données couvrent
    case periodPartial = "period.partial"
    /// Le jeu de données ne contient aucune activité pour l’année.
    case periodNone = "period.none"
    /// Les mois {months} peuvent encore changer (art. 14 §4)
    case periodProvisional = "period.provisional"
    /// À compléter
    case placeholderLabel = "placeholder.label"
    /// Contexte du réseau pendant l’année : territoire, partenaires, événements marquants, changements d’organisation.
    case placeholderContext = "placeholder.context"
    /// Lecture des chiffres par le réseau et actions menées pour cet objectif.
    case placeholderAim = "placeholder.aim"
    /// Actions menées ou prévues pour chaque règle non respectée, et leur calendrier.
    case placeholderActions = "placeholder.actions"
    /// Priorités et projets du réseau pour l’année suivante.
    case placeholderPlans = "placeholder.plans"
    /// non disponible
    case notAvailable = "word.not_available"
    /// masqué
    case suppressed = "word.suppressed"
    /// sans objet
    case notApplicable = "word.not_applicable"
    /// word.censored_value
    case censoredValue = "word.censored_value"
    /// Total
    case total = "word.total"
    /// {first}–{last}: a run of months, e.g. `janv.–oct.`
    case monthRange = "word.month_range"
    /// «
    case quoted = "word.quoted"
    /// non-respect
    case severityError = "word.severity_error"
    /// avertissement
    case severityWarning = "word.severity_warning"
    /// table «
    case reasonMissingTable = "reason.missing_table"
    /// aucune ligne pour
    case reasonNoRows = "reason.no_rows"
    /// pas de lignes nationales (BE) dans la table «
    case reasonNoNational = "reason.no_national"
    /// la table «
    case reasonYearly = "reason.yearly"
    /// chiffre annuel (table « {table} ») : il ne peut pas être limité aux mêmes mois ({months})
    case reasonNotMonthMatched = "reason.not_month_matched"
    /// dénominateur nul
    case reasonZeroDenominator = "reason.zero_denominator"
    /// aucune première séance avec un délai connu
    case reasonNoKnownWait = "reason.no_known_wait"
    /// petit effectif (de 1 à
    case reasonSmallCell = "reason.small_cell"
    /// masqué pour qu’un petit effectif ne puisse pas être retrouvé par différence
    case reasonComplementary = "reason.complementary"
    /// la médiane tombe dans la classe 91 jours et plus
    case reasonCensored = "reason.censored"
    /// aucun tarif pour
    case reasonNoTariffs = "reason.no_tariffs"
    /// pas de tarif pour le pseudocode
    case reasonNoTariff = "reason.no_tariff"
    /// pas de pseudocode de groupe du psychologue
    case reasonNoGroupCode = "reason.no_group_code"
    /// non calculable (
    case reasonOther = "reason.other"
    /// Ces chiffres ne peuvent pas être présentés :
    case sectionMissing = "section.missing"
    /// Indicateur
    case columnIndicator = "column.indicator"
    /// Belgique
    case columnNational = "column.national"
    /// {year} ({months}): the year before over the months compared, e.g. `2025 (janv.–oct.)`
    case columnPreviousMonths = "column.previous_months"
    /// Objectif
    case columnTarget = "column.target"
    /// {target} (convention, {article})
    case targetConvention = "target.convention"
    /// The note of an age-dependent figure compared with the child and adolescent networks, not Belgium
    case comparisonGroupChild = "comparison.group_child"
    /// The note of an age-dependent figure compared with the adult networks and the German-speaking one
    case comparisonGroupAdult = "comparison.group_adult"
    /// {target} (objectif du réseau)
    case targetNetwork = "target.network"
    /// {target} (objectif du comité d’accompagnement)
    case targetCommittee = "target.committee"
    /// IC 95 %
    case columnInterval = "column.interval"
    /// Délai depuis la demande
    case columnWait = "column.wait"
    /// Premières séances
    case columnFirstSessions = "column.first_sessions"
    /// Part
    case columnShare = "column.share"
    /// Fonction
    case columnFunction = "column.function"
    /// Séances individuelles
    case columnIndividualSessions = "column.individual_sessions"
    /// Participations aux groupes
    case columnGroupParticipations = "column.group_participations"
    /// Séances de groupe
    case columnGroupSessions = "column.group_sessions"
    /// Taille moyenne des groupes
    case columnGroupSize = "column.group_size"
    /// Belgique
    case columnNationalGroupSize = "column.national_group_size"
    /// Type de mission
    case columnMission = "column.mission"
    /// Code
    case columnCode = "column.code"
    /// Heures
    case columnHours = "column.hours"
    /// Ligne budgétaire
    case columnBudgetLine = "column.budget_line"
    /// Règle
    case columnRule = "column.rule"
    /// Observé
    case columnObserved = "column.observed"
    /// Limite
    case columnLimit = "column.limit"
    /// Article
    case columnArticle = "column.article"
    /// Gravité
    case columnSeverity = "column.severity"
    /// Indicateurs
    case captionIndicators = "caption.indicators"
    /// Délai entre la demande d’aide et la première séance,
    case captionWaits = "caption.waits"
    /// Séances individuelles et de groupe par fonction,
    case captionGroups = "caption.groups"
    /// Heures de missions de soutien (art. 8) par type
    case captionMissions = "caption.missions"
    /// Budget alloué par ligne (art. 14), en euros
    case captionAllocation = "caption.allocation"
    /// Dépenses nettes par fonction (honoraires moins quotes-parts personnelles), en euros
    case captionSpending = "caption.spending"
    /// Règles de la convention non respectées en
    case captionChecks = "caption.checks"
    /// Enregistrements incomplets,
    case captionQuality = "caption.quality"
    /// Total des délais connus
    case waitsKnownTotal = "waits.known_total"
    /// Date de demande non enregistrée (part de toutes les premières séances)
    case waitsUnknown = "waits.unknown"
    /// Dans les 7 jours de la demande :
    case waitsParagraph7 = "waits.within_7"
    /// Dans les 30 jours :
    case waitsParagraph30 = "waits.within_30"
    /// Délai médian :
    case waitsParagraphMedian = "waits.median"
    /// Les participations aux groupes représentent
    case groupsParagraph = "groups.paragraph"
    /// Séances individuelles
    case seriesIndividual = "series.individual"
    /// Participations aux groupes
    case seriesGroup = "series.group"
    /// outreach.paragraph
    case outreachParagraph = "outreach.paragraph"
    /// outreach.community: function 1 takes place at outreach sites by definition (art. 5 §1 g)
    case outreachCommunity = "outreach.community"
    /// Séances au domicile :
    case outreachHomeRemote = "outreach.home_remote"
    /// Missions de soutien aux acteurs de première ligne :
    case outreachHours = "outreach.hours"
    /// Les dépenses nettes de soins atteignent
    case budgetUse = "budget.use"
    /// La fonction 3 utilise
    case budgetCeiling = "budget.ceiling"
    /// Les missions de soutien représentent
    case budgetMissionShare = "budget.mission_share"
    /// Aucune règle de la convention vérifiée par FiveAim n’est enfreinte en
    case checksNone = "checks.none"
    /// Règle non vérifiée —
    case checksNotEvaluated = "checks.not_evaluated"
    /// Toutes les tables de données prévues par le contrat de données sont présentes.
    case qualityAllTables = "quality.all_tables"
    /// Des tables facultatives manquent ; les indicateurs qui en dépendent sont « non disponibles », jamais remplacés par zéro :
    case qualityMissingIntro = "quality.missing_intro"
    /// Table «
    case qualityMissingTable = "quality.missing_table"
    /// Valeur
    case annexSum = "annex.sum"
    /// annex.ratio
    case annexRatio = "annex.ratio"
    /// annex.median
    case annexMedian = "annex.median"
    /// annex.ratio_of_ratios
    case annexRatioOfRatios = "annex.ratio_of_ratios"
    /// Accès
    case subjectReach = "subject.reach"
    /// Délai d’attente
    case subjectWait = "subject.wait"
    /// Travail de groupe
    case subjectGroup = "subject.group"
    /// Travail dans les lieux d’accroche
    case subjectOutreach = "subject.outreach"
    /// Utilisation du budget
    case subjectBudget = "subject.budget"
    /// En
    case summaryReach = "summary.reach"
    /// summary.wait
    case summaryWait = "summary.wait"
    /// Les groupes représentent
    case summaryGroup = "summary.group"
    /// summary.outreach
    case summaryOutreach = "summary.outreach"
    /// Les dépenses nettes de soins atteignent
    case summaryBudget = "summary.budget"
    /// summary.unavailable
    case summaryUnavailable = "summary.unavailable"
    /// , en hausse par rapport à
    case trendUp = "summary.trend_up"
    /// , en baisse par rapport à
    case trendDown = "summary.trend_down"
    /// , comme en
    case trendSame = "summary.trend_same"
    /// , sans valeur comparable pour
    case trendNone = "summary.trend_none"
    /// ; la valeur belge est de
    case nationalValue = "summary.national"
    /// ; pas de valeur belge
    case nationalNone = "summary.national_none"
    /// Aucune règle de la convention vérifiée n’est enfreinte en
    case checksSummaryNone = "summary.checks_none"
    /// Une règle de la convention n’est pas respectée en
    case checksSummaryOne = "summary.checks_one"
    /// summary.checks_many
    case checksSummaryMany = "summary.checks_many"
    /// summary.data_complete
    case dataSummaryComplete = "summary.data_complete"
    /// summary.data_missing
    case dataSummaryMissing = "summary.data_missing"
    /// Séances individuelles par mois
    case chartTrendTitle = "chart.trend.title"
    /// Mois
    case chartTrendX = "chart.trend.x"
    /// Séances (nombre)
    case chartTrendY = "chart.trend.y"
    /// Séances individuelles des fonctions 2 et 3 par mois,
    case chartTrendDescription = "chart.trend.description"
    /// Délai jusqu’à la première séance,
    case chartWaitsTitle = "chart.waits.title"
    /// Délai depuis la demande d’aide (jours) — en foncé : dans les 30 jours
    case chartWaitsX = "chart.waits.x"
    /// Part des premières séances (%)
    case chartWaitsY = "chart.waits.y"
    /// Répartition des premières séances selon le délai depuis la demande,
    case chartWaitsDescription = "chart.waits.description"
    /// Séances individuelles et participations aux groupes,
    case chartGroupsTitle = "chart.groups.title"
    /// Part par fonction (%)
    case chartGroupsX = "chart.groups.x"
    /// Part des séances individuelles et des participations aux groupes dans chaque fonction,
    case chartGroupsDescription = "chart.groups.description"
    /// Missions de soutien par type,
    case chartMissionsTitle = "chart.missions.title"
    /// Heures
    case chartMissionsX = "chart.missions.x"
    /// Heures de missions de soutien aux acteurs de première ligne par type,
    case chartMissionsDescription = "chart.missions.description"
    /// Dépenses nettes par fonction,
    case chartSpendingTitle = "chart.spending.title"
    /// Euros
    case chartSpendingX = "chart.spending.x"
    /// Dépenses nettes par fonction en euros,
    case chartSpendingDescription = "chart.spending.description"
    /// Part de la fonction 3 dans la ligne de soins de base
    case chartCeilingTitle = "chart.ceiling.title"
    /// Part de la ligne de soins de base (%)
    case chartCeilingX = "chart.ceiling.x"
    /// plafond
    case chartCeilingLine = "chart.ceiling.line"
    /// Part de la fonction 3 dans la ligne de soins de base, comparée au plafond de
    case chartCeilingDescription = "chart.ceiling.description"
    /// Objectif 1 — Santé de la population et accès aux soins
    case aim1 = "aim.1"
    /// Objectif 2 — Expérience des soins
    case aim2 = "aim.2"
    /// Objectif 3 — Conditions de travail des prestataires
    case aim3 = "aim.3"
    /// Objectif 4 — Utilisation efficiente du budget
    case aim4 = "aim.4"
    /// Objectif 5 — Justice sociale et inclusion
    case aim5 = "aim.5"
    /// Fonction 1 — interventions communautaires
    case function1 = "function.1"
    /// Fonction 2 — soutien psychologique
    case function2 = "function.2"
    /// Fonction 3 — traitement
    case function3 = "function.3"

    /// Les dépenses {year} sont calculées aux tarifs de {year}
    case moneyTariffsOwn = "money.tariffs_own"
    /// Les dépenses {year} sont calculées aux tarifs de {tariff_year} (aucun tarif {year} fourni …
    case moneyTariffsFallback = "money.tariffs_fallback"
    /// Les séances de groupe animées par deux psychologues … ne sont pas rapportées
    case moneyTwoPsychologistsMissing = "money.two_psychologists_missing"
    /// Les chiffres de 2024 couvrent avril à décembre
    case moneyFromApril2024 = "money.from_april_2024"

    // Special budgets and operating costs by cost centre (issue 17).
    /// Missions spécifiques : prisons, troubles alimentaires, stagiaires
    case specialHeading = "special.heading"
    /// Frais de fonctionnement par centre de frais
    case operatingHeading = "operating.heading"
    /// Les missions spécifiques de l’art. 14 §1 b) ont leurs propres lignes budgétaires …
    case specialIntro = "special.intro"
    /// Missions spécifiques (art. 14 §1 b) : budget, activité et dépenses, {year}
    case specialCaption = "special.caption"
    /// Budget {year}
    case specialColumnBudget = "special.column_budget"
    /// Activité {year}
    case specialColumnActivity = "special.column_activity"
    /// Dépenses {year}
    case specialColumnSpending = "special.column_spending"
    /// pas de budget sur cette ligne
    case specialNoBudget = "special.no_budget"
    /// non attribuable
    case specialNotAttributable = "special.not_attributable"
    /// Who and which years the trainee sessions line is for, with its article.
    case specialScopeTrainees = "special.scope.trainee_sessions"
    /// Who and which years the eating-disorders line is for, with its article.
    case specialScopeEatingDisorders = "special.scope.eating_disorders"
    /// Who and which years the prisons line is for, with its article.
    case specialScopePrisons = "special.scope.prisons"
    /// Why trainee sessions cannot be told apart in the data.
    case specialSharedCodesTrainees = "special.shared_codes.trainee_sessions"
    /// Why eating-disorder care cannot be told apart in the data.
    case specialSharedCodesEatingDisorders = "special.shared_codes.eating_disorders"
    /// Why care in prisons cannot be told apart in the data.
    case specialSharedCodesPrisons = "special.shared_codes.prisons"
    /// Activités menées sur ces lignes (séances, lieux, partenaires) d’après les registres du réseau.
    case placeholderSpecial = "special.placeholder"
    /// Frais de fonctionnement par centre de frais (art. 14 §2), {year}
    case operatingCaption = "operating.caption"
    /// Centre de frais
    case operatingColumnCentre = "operating.column_centre"
    /// Montant {year}
    case operatingColumnAmount = "operating.column_amount"
    /// Part de la ligne de fonctionnement
    case operatingColumnShare = "operating.column_share"
    /// Plafond
    case operatingColumnCap = "operating.column_cap"
    /// Respecté
    case operatingColumnRespected = "operating.column_respected"
    /// {code} — {label} ({article})
    case operatingCentre = "operating.centre"
    /// Total facturé (727112 à 727285)
    case operatingTotal = "operating.total"
    /// oui
    case operatingRespected = "operating.respected"
    /// non
    case operatingBreached = "operating.breached"
    /// non vérifiable
    case operatingNotChecked = "operating.not_checked"
    /// La ligne budgétaire de fonctionnement {year} s’élève à {line} …
    case operatingLine = "operating.line"
    /// Plafond de la convention ({article}) — {title}.
    case operatingCapRule = "operating.cap_rule"
    // Issue 17 — governance, outreach sites by type, return to work:
    /// The governance section's heading
    case governanceHeading = "governance.heading"
    /// The outreach sites section's heading
    case outreachSitesHeading = "outreach_sites.heading"
    /// The return-to-work section's heading
    case returnToWorkHeading = "return_to_work.heading"
    /// What the governance section reports (art. 13 §1 12°, art. 12)
    case governanceIntro = "governance.intro"
    /// The caption of the workforce table ({year})
    case governanceCaption = "governance.caption"
    /// The numerator column ({year})
    case governanceNumerator = "governance.numerator"
    /// The denominator column ({year})
    case governanceDenominator = "governance.denominator"
    /// Note: the year has providers but no full-time equivalents ({year})
    case governanceFTEMissing = "governance.fte_missing"
    /// The source column
    case governanceSourceColumn = "governance.source_column"
    /// A figure's source: its tables and article ({tables}, {article})
    case governanceSource = "governance.source"
    /// Topic heading: governance of the network
    case governanceBoard = "governance.board"
    /// What to write on governance
    case governanceBoardHint = "governance.board_hint"
    /// Topic heading: quality culture (art. 12)
    case governanceQuality = "governance.quality"
    /// What to write on quality, with the satisfaction of patients, families and providers
    case governanceQualityHint = "governance.quality_hint"
    /// Topic heading: training and intervision
    case governanceTraining = "governance.training"
    /// What to write on training and intervision
    case governanceTrainingHint = "governance.training_hint"
    /// Topic heading: cooperation with the evaluation study
    case governanceEvaluation = "governance.evaluation"
    /// What to write on the evaluation study
    case governanceEvaluationHint = "governance.evaluation_hint"
    /// Topic heading: group programmes sent to INAMI
    case governanceGroupProgrammes = "governance.group_programmes"
    /// What to write on the group programmes
    case governanceGroupProgrammesHint = "governance.group_programmes_hint"
    /// Topic heading: the network's website
    case governanceWebsite = "governance.website"
    /// What to write on the website
    case governanceWebsiteHint = "governance.website_hint"
    /// What the outreach sites section shows (art. 8 §2)
    case outreachSitesIntro = "outreach_sites.intro"
    /// The caption of the convention's kinds of site ({year})
    case outreachSitesCaption = "outreach_sites.caption"
    /// The caption of the kinds the 2026 amendment added ({year})
    case outreachSitesAddedCaption = "outreach_sites.added_caption"
    /// Before 2026: the amendment's kinds start in {first_year}
    case outreachSitesAddedLater = "outreach_sites.added_later"
    /// The column of the kind of site
    case outreachSitesType = "outreach_sites.type"
    /// The column of sites ({year})
    case outreachSitesSites = "outreach_sites.sites"
    /// The column of sessions ({year})
    case outreachSitesSessions = "outreach_sites.sessions"
    /// The total row (every kind)
    case outreachSitesTotal = "outreach_sites.total"
    /// Note: a kind of site not yet in force ({first_year}, {article})
    case outreachSitesNotInForce = "outreach_sites.not_in_force"
    /// What the 2026 amendment's return-to-work measure is
    case returnToWorkIntro = "return_to_work.intro"
    /// The caption of the network's allocation ({year})
    case returnToWorkAllocationCaption = "return_to_work.allocation_caption"
    /// Row: the addition to the art. 8 line
    case returnToWorkArt8Addition = "return_to_work.art8_addition"
    /// Row: the addition to the base care budget
    case returnToWorkCareBaseAddition = "return_to_work.care_base_addition"
    /// Row: the total as printed
    case returnToWorkTotal = "return_to_work.total"
    /// Note: the printed total is one cent off the sum ({sum})
    case returnToWorkTotalAsPrinted = "return_to_work.total_as_printed"
    /// Note: the art. 8 addition is doubled from 2027
    case returnToWorkDoubled = "return_to_work.doubled"
    /// Note: the amendment sets no base care addition for {year}
    case returnToWorkCareBaseNotSet = "return_to_work.care_base_not_set"
    /// The caption of the art. 8 line's use ({year})
    case returnToWorkArt8Caption = "return_to_work.art8_caption"
    /// The caption of the employment and mutuality sites ({year})
    case returnToWorkSitesCaption = "return_to_work.sites_caption"
    /// What to write for the monitoring « sur base des rapports annuels »
    case returnToWorkPlaceholder = "return_to_work.placeholder"
    /// Not applicable: the year is before 2026 ({year}, {first_year})
    case returnToWorkBeforeAmendment = "return_to_work.before_amendment"
    /// Not applicable: the amendment's table does not list the network
    case returnToWorkNetworkNotListed = "return_to_work.network_not_listed"

    /// The heading of aim `number` (1–5).
    public static func aim(_ number: Int) -> ReportTextKey { ReportTextKey(rawValue: "aim.\(number)")! }

    /// The name of care function `function` (`1`, `2`, `3`).
    public static func function(_ function: String) -> ReportTextKey { ReportTextKey(rawValue: "function.\(function)")! }
}
