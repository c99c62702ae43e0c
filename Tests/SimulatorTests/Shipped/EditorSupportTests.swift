import Foundation
@testable import Simulator
import TestSupport
import XCTest

/// The language-server annotations (`types/simulate.lua`) keep up with the API.
final class EditorSupportTests: XCTestCase {
    let types = (try? String(contentsOfFile: Repository.path("types/simulate.lua"), encoding: .utf8)) ?? ""

    func testEveryKeyOfTheAPIIsAnnotated() {
        XCTAssertTrue(types.hasPrefix("---@meta"))
        let keys = ScenarioLoader.scenarioKeys + ScenarioLoader.companyKeys + ScenarioLoader.questionKeys
            + ScenarioLoader.followupKeys + ScenarioLoader.poolKeys + ScenarioLoader.ruleKeys
        for key in Set(keys) {
            XCTAssertTrue(types.contains("---@field \(key) "), "types/simulate.lua has no field '\(key)'")
        }
    }

    func testEveryTextHelperIsAnnotated() {
        for name in TextLibrary.functions(charge: { _ in }).keys {
            XCTAssertTrue(types.contains("function text.\(name)("), "types/simulate.lua has no text.\(name)")
        }
    }

    func testTheLanguageServerConfigurationPointsAtTheTypes() throws {
        let data = try XCTUnwrap(FileManager.default.contents(atPath: Repository.path(".luarc.json")))
        let configuration = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(configuration["runtime.version"] as? String, "Lua 5.4")
        XCTAssertEqual(configuration["workspace.library"] as? [String], ["types"])
    }
}
