import Foundation
import Testing

@testable import FiveAim

/// One template per format serves every language: the templates hold structure only, every heading and fixed sentence
/// comes from the language's texts file.
@Suite struct ReportTemplateTests {
    /// The words a template would show a reader: the template without Mustache tags, HTML tags, entities and Markdown
    /// markup.
    private static func words(of template: String) -> [String] {
        let stripped = template.replacing(/\{\{[^}]*\}\}/, with: " ").replacing(/<[^>]*>/, with: " ")
            .replacing(/&[a-z#0-9]+;/, with: " ")
        return stripped.split(whereSeparator: { !$0.isLetter }).map(String.init).filter { $0.count > 1 }
    }

    @Test(arguments: ["report.md", "report.html"])
    func templateHoldsNoWordOfAnyLanguage(_ name: String) throws {
        let template = try #require(ReportFixture.resources.templates[name])
        let body = template.components(separatedBy: "</head>").last ?? template
        let markup: Set = ["CONTENT_TYPE", "MARKDOWN", "title", "subtitle", "lang"]  // Mustache pragma, front matter keys
        #expect(Self.words(of: body).filter { !markup.contains($0) } == [])
    }

    @Test(arguments: Array(ReportFixture.resources.texts.keys).sorted { $0.rawValue < $1.rawValue }, [ReportFormat.md, .html])
    func everyHeadingComesFromTheLanguagesTexts(_ language: Language, _ format: ReportFormat) throws {
        let texts = try #require(ReportFixture.resources.texts[language])
        var report = ReportFixture.report("107-BW", language)
        report.setChartSources { _ in "chart.svg" }
        let text = ReportFixture.renderer.render(report, format: format)
        let headings = ReportHeadings(texts: texts, year: ReportFixture.year)
        for heading in [
            headings.summary, headings.context, headings.aims, headings.waits, headings.groups, headings.outreach,
            headings.budget, headings.checks, headings.quality, headings.plans, headings.annex,
        ] {
            #expect(text.contains(heading), "\(language) \(format): \(heading)")
        }
        for other in ReportFixture.resources.texts.keys where other != language {
            let foreign = ReportHeadings(texts: ReportFixture.resources.texts[other]!, year: ReportFixture.year)
            #expect(!text.contains(foreign.aimsIntro), "\(language) draft shows the \(other) introduction")
        }
    }

    @Test func aTemplateNamedPerLanguageIsNotNeeded() throws {
        let names = ReportFixture.resources.templates.keys.filter { $0.hasPrefix("report.") }.sorted()
        #expect(names == ["report.html", "report.md"])
    }
}
