import Testing

@testable import FiveAim

/// A broken catalogue file fails with file, line, column, code and the key named (messages pinned exactly).
struct BrokenCatalogueTests {
    static let catalogueText = """
        schema_version: 1
        code_sets:
          individual_f23:
            label: {fr: Séances I23, nl: Sessies I23, de: Sitzungen I23, en: I23 sessions}
            where: {function: [2, 3], modality: individual}
        """

    static let valid = """
        id: sessions
        aim: 1
        title:
          fr: Séances
          nl: Sessies
          de: Sitzungen
          en: Sessions
        definition:
          fr: Séances individuelles.
          nl: Individuele sessies.
          de: Einzelsitzungen.
          en: Individual sessions.
        unit: count
        better: higher
        article: art. 5
        requires: [activity]
        numerator:
          table: activity
          measure: units
          where:
            code_set: individual_f23
        """

    /// The printed diagnostics for an indicator file `sessions.yaml` holding `text`.
    func diagnostics(_ text: String, rules: String? = nil) -> [String] {
        do {
            _ = try CatalogueLoader.load(
                catalogue: .init(path: "catalog.yaml", text: Self.catalogueText),
                indicators: [.init(path: "indicators/sessions.yaml", text: text)],
                rules: rules.map { .init(path: "checks.yaml", text: $0) }, reference: EngineFixture.reference)
            return []
        } catch {
            return error.diagnostics.map(DiagnosticPrinter.format)
        }
    }

    @Test("a valid file loads")
    func validFileLoads() {
        #expect(diagnostics(Self.valid) == [])
    }

    @Test("an unknown measure names the file, the key and the measures of the table")
    func unknownMeasure() {
        #expect(
            diagnostics(Self.valid.replacingOccurrences(of: "measure: units", with: "measure: unit")) == [
                "indicators/sessions.yaml:19:12: error: [FA1021] key 'numerator.measure': unknown measure 'unit' of table activity (did you mean 'units'?); expected one of units"
            ])
    }

    @Test("a wrong unit names the file and the key with the allowed units")
    func wrongUnit() {
        #expect(
            diagnostics(Self.valid.replacingOccurrences(of: "unit: count", with: "unit: percent")) == [
                "indicators/sessions.yaml:13:7: error: [FA1013] key 'unit': 'percent' is not one of proportion, count, per_1000, days, eur, ratio"
            ])
    }

    @Test("a missing French title names the file and the key title.fr")
    func missingFrenchTitle() {
        #expect(
            diagnostics(Self.valid.replacingOccurrences(of: "  fr: Séances\n", with: "")) == [
                "indicators/sessions.yaml:4:3: error: [FA1011] key 'title.fr' is missing; every text is given in French, Dutch, German and English"
            ])
    }

    @Test("an unknown key is an error with a did-you-mean")
    func unknownKey() {
        #expect(
            diagnostics(Self.valid.replacingOccurrences(of: "article:", with: "articel:")) == [
                "indicators/sessions.yaml:1:1: error: [FA1011] key 'article' is missing",
                "indicators/sessions.yaml:15:1: error: [FA1010] unknown key 'articel' (did you mean 'article'?); expected one of id, aim, title, definition, unit, method, better, target, article, requires, numerator, denominator, reference_numerator, reference_denominator",
            ])
    }

    @Test("an unknown code set and an unknown table are named with their key")
    func unknownCodeSetAndTable() {
        #expect(
            diagnostics(Self.valid.replacingOccurrences(of: "code_set: individual_f23", with: "code_set: individual_f32")) == [
                "indicators/sessions.yaml:21:15: error: [FA1022] key 'numerator.where.code_set': unknown code set 'individual_f32' (did you mean 'individual_f23'?); code sets are named in catalog.yaml"
            ])
        #expect(
            diagnostics(Self.valid.replacingOccurrences(of: "table: activity", with: "table: activities")) == [
                "indicators/sessions.yaml:18:10: error: [FA1020] key 'numerator.table': unknown table 'activities' (did you mean 'activity'?); expected one of activity, group_sessions, waits, population, beneficiaries, budget, operating_costs, outcomes, experience, workforce, outreach_sites, spending"
            ])
    }

    @Test("requires must list exactly the tables the measures read")
    func requiresMismatch() {
        #expect(
            diagnostics(Self.valid.replacingOccurrences(of: "requires: [activity]", with: "requires: [activity, waits]")) == [
                "indicators/sessions.yaml:16:12: error: [FA1031] key 'requires': the measures read [activity]; list exactly those tables"
            ])
    }

    @Test("an id that differs from the file name is refused")
    func idDiffersFromFileName() {
        #expect(
            diagnostics(Self.valid.replacingOccurrences(of: "id: sessions", with: "id: session")) == [
                "indicators/sessions.yaml:1:5: error: [FA1030] key 'id': 'session' differs from the file name; expected id: sessions"
            ])
    }

    @Test("distinct beneficiaries need exactly one function")
    func beneficiariesNeedOneFunction() {
        let text = Self.valid.replacingOccurrences(of: "table: activity", with: "table: beneficiaries")
            .replacingOccurrences(of: "measure: units", with: "measure: beneficiaries")
            .replacingOccurrences(of: "code_set: individual_f23", with: "function: [2, 3]")
            .replacingOccurrences(of: "requires: [activity]", with: "requires: [beneficiaries]")
        #expect(
            diagnostics(text) == [
                "indicators/sessions.yaml:18:3: error: [FA1011] key 'numerator.where.function': distinct beneficiaries need exactly one function (all, 2 or 3); they never add up across functions"
            ])
    }

    @Test("invalid YAML names the line")
    func invalidYAML() {
        let lines = diagnostics("id: sessions\ntitle: [unclosed\n")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("indicators/sessions.yaml:3:1: error: [FA1002] not valid YAML") == true)
    }

    @Test("a rule naming an unknown indicator is an FA12xx error")
    func ruleWithUnknownIndicator() {
        let rules = """
            schema_version: 1
            rules:
              - id: too_few
                indicator: sesions
                comparison: at_least
                limit: 10
                severity: warning
                article: art. 5
                title: {fr: Assez, nl: Genoeg, de: Genug, en: Enough}
            """
        #expect(
            diagnostics(Self.valid, rules: rules) == [
                "checks.yaml:4:16: error: [FA1201] key 'rules[0].indicator': no indicator 'sesions' in the catalogue (did you mean 'sessions'?)"
            ])
    }
    /// A rule on the `sessions` indicator (a count, no denominator) with `body` after its indicator.
    static func rule(_ body: String) -> String {
        """
        schema_version: 1
        rules:
          - id: caps
            indicator: sessions
        \(body)
            severity: warning
            article: art. 5 §2 B d
            title: {fr: Plafond, nl: Plafond, de: Obergrenze, en: Cap}
        """
    }

    @Test("limits per target group need adult, child and all; an exponent or both limit and limits are refused")
    func ruleLimits() {
        #expect(diagnostics(Self.valid, rules: Self.rule("    comparison: at_most\n    limits: {adult: 8, child: 10, all: 10}")) == [])
        #expect(
            diagnostics(Self.valid, rules: Self.rule("    comparison: at_most\n    limits: {adult: 8, child: 10}")).map {
                $0.contains("key 'rules[0].limits.all' is missing; limits are given for adult, child and all")
            } == [true])
        #expect(
            diagnostics(Self.valid, rules: Self.rule("    comparison: at_most\n    limit: 1e3")).map {
                $0.contains("key 'rules[0].limit': not a decimal number")
            } == [true])
        #expect(
            diagnostics(Self.valid, rules: Self.rule("    comparison: at_most\n    limit: 8\n    limits: {adult: 8, child: 10, all: 10}"))
                .map { $0.contains("give 'limit' or 'limits', not both") } == [true])
    }

    @Test("a comparison with the previous year or with a budget needs an indicator with a denominator")
    func growthNeedsADenominator() {
        #expect(
            diagnostics(Self.valid, rules: Self.rule("    comparison: grows_from_previous_year")).map {
                $0.contains("[FA1202] key 'rules[0].comparison': indicator sessions has no denominator")
            } == [true])
        #expect(
            diagnostics(Self.valid, rules: Self.rule("    comparison: increasing")).map { $0.contains("'increasing' is not one of") } == [
                true
            ])
    }
}
