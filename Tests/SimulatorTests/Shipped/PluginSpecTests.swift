import Foundation
import LuaBridge
import Simulator
import TestSupport
import XCTest

/// Each plugin's own cases, `Plugins/spec/NAME_spec.lua`, run through the real host.
final class PluginSpecTests: XCTestCase {
    static var specs: [(plugin: String, path: String)] {
        let folder = Repository.path("Plugins/spec")
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix("_spec.lua") }.sorted()
            .map { (String($0.dropLast("_spec.lua".count)), folder + "/" + $0) }
    }

    /// Every plugin a shipped scenario declares (libraries such as career_signals and coaching are
    /// tested through them).
    func testEveryDeclaredPluginHasASpec() throws {
        let declared = try ShippedScenarioTests.scenarios.flatMap {
            try ScenarioHost(scenarioAt: $0, options: ShippedScenarioTests.options, seed: 1).scenario.plugins
        }
        XCTAssertFalse(declared.isEmpty)
        XCTAssertEqual(Set(declared).subtracting(Self.specs.map(\.plugin)), [], "plugins without a spec")
    }

    func testEverySpecCasePasses() throws {
        for (plugin, path) in Self.specs {
            let sandbox = try LuaSandbox(state: try LuaState(), configuration: .init())
            let cases = try XCTUnwrap(try sandbox.run(scriptAt: path).first?.tableValue, path).array
            XCTAssertFalse(cases.isEmpty, path)
            let harness = try PluginHarness(plugins: [plugin])
            var rulesAlone: PluginHarness?
            for (index, value) in cases.enumerated() {
                let item = try XCTUnwrap(value.tableValue)
                let answer = try XCTUnwrap(item["answer"].stringValue, "\(path) case \(index + 1)")
                let place = "\(plugin) case \(index + 1): \(answer.prefix(60))"
                let evaluation = try harness.evaluate(answer, question: item["question"].stringValue,
                                                      role: item["role"].stringValue)
                if let flags = item["flags"].tableValue {
                    XCTAssertEqual(Set(evaluation.flags.map(\.id)), Set(flags.array.compactMap(\.stringValue)), place)
                }
                // flags that must be among those raised, whatever else the model adds beside them
                if let flags = item["flags_include"].tableValue {
                    XCTAssertTrue(Set(flags.array.compactMap(\.stringValue)).isSubset(of: Set(evaluation.flags.map(\.id))),
                                  "\(place): \(evaluation.flags.map(\.id))")
                }
                // a known false alarm of the fitted model (docs/heuristics.md): with the model, at most these
                // flags, and a note when one is no longer raised, so that the case can say `flags` again
                if let known = item["model_false_alarms"].tableValue {
                    let allowed = Set(known.array.compactMap(\.stringValue)), raised = Set(evaluation.flags.map(\.id))
                    XCTAssertTrue(raised.isSubset(of: allowed), "\(place): a false alarm not known yet: \(raised.subtracting(allowed).sorted())")
                    if !allowed.isSubset(of: raised) {
                        print("\(place): the model no longer raises \(allowed.subtracting(raised).sorted()); the case can say `flags` again")
                    }
                }
                // what the rules alone find, whatever the model's weights say
                if let flags = item["rules_flags"].tableValue {
                    if rulesAlone == nil { rulesAlone = try PluginHarness(plugins: [plugin], modelOff: true) }
                    let ruled = try XCTUnwrap(rulesAlone).evaluate(answer, question: item["question"].stringValue,
                                                                  role: item["role"].stringValue)
                    XCTAssertEqual(Set(ruled.flags.map(\.id)), Set(flags.array.compactMap(\.stringValue)), "\(place) (rules alone)")
                }
                for strength in item["strengths_include"].tableValue?.array.compactMap(\.stringValue) ?? [] {
                    XCTAssertTrue(evaluation.strengths.contains { $0.contains(strength) }, "\(place): \(evaluation.strengths)")
                }
                for criterion in item["unscored"].tableValue?.array.compactMap(\.stringValue) ?? [] {
                    XCTAssertNil(evaluation.scores[criterion], "\(place): the question does not ask for \(criterion)")
                }
                for (criterion, range) in item["scores"].tableValue?.fields ?? [:] {
                    let bounds = range.tableValue?.array.compactMap(\.doubleValue) ?? []
                    let score = try XCTUnwrap(evaluation.scores[criterion], "\(place): no \(criterion)")
                    XCTAssertTrue(bounds.count == 2 && Double(score) >= bounds[0] && Double(score) <= bounds[1],
                                  "\(place): \(criterion) = \(score), expected \(bounds)")
                }
            }
        }
    }
}
