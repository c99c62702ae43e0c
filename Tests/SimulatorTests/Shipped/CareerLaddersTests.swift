import Foundation
import LuaBridge
import TestSupport
import XCTest

/// `Plugins/career_ladders.lua`: which careers a role is on. A generic title names a job to aim
/// for, never a ladder for an unrelated role ("customer care assistant" is not a carer).
final class CareerLaddersTests: XCTestCase {
    let folder = TemporaryFolder()
    /// The plugins' sandbox and a Lua function reading a role's ladders, loaded once per test.
    private var reader: (sandbox: LuaSandbox, function: LuaReference)?

    /// The ids of the ladders `role` is on, in the table's order.
    func ladders(_ role: String) throws -> [String] {
        if reader == nil {
            folder.write("read_ladders.lua", """
                local signals = require("career_signals")
                return function(role) return table.concat(signals.ladders_of(role), ",") end
                """)
            let sandbox = try LuaSandbox.forPlugins(moduleRoots: [Repository.path("Plugins")])
            guard case .function(let function)? = try sandbox.run(scriptAt: folder.path + "/read_ladders.lua").first else {
                XCTFail("read_ladders.lua returns a function")
                return []
            }
            reader = (sandbox, function)
        }
        let (sandbox, function) = try XCTUnwrap(reader)
        let text = try XCTUnwrap(try sandbox.state.call(function, [.string(role)]).first?.stringValue)
        return text.split(separator: ",").map(String.init)
    }

    func testARolesTitlePutsItOnItsCareersLadders() throws {
        XCTAssertEqual(try ladders("healthcare assistant"), ["nursing and care"])
        XCTAssertEqual(try ladders("paralegal"), ["law"])
        XCTAssertEqual(try ladders("trainee auditor"), ["accountancy"])
        XCTAssertEqual(try ladders("teaching assistant"), ["teaching"])
        XCTAssertEqual(try ladders("police call handler"), ["policing"])
        XCTAssertEqual(try ladders("support worker"), ["nursing and care", "social work"], "a role may be on two ladders")
    }

    func testAGenericTitlePutsNoUnrelatedRoleOnALadder() throws {
        XCTAssertEqual(try ladders("customer care assistant"), ["contact centre"], "not a carer")
        XCTAssertEqual(try ladders("dental nurse"), ["dentistry"], "not on the nursing ladder")
        XCTAssertEqual(try ladders("optical dispenser"), ["optics"], "not a pharmacy's dispenser")
        XCTAssertEqual(try ladders("store detective"), [], "not a police detective")
        XCTAssertEqual(try ladders("yoga teacher"), [])
        XCTAssertEqual(try ladders("site reliability engineer"), [], "not a building site")
        XCTAssertEqual(try ladders("graduate analyst"), [])
        XCTAssertEqual(try ladders("healthcare recruiter"), ["people"], "a recruiter, not a carer")
        XCTAssertEqual(try ladders("bank healthcare assistant"), ["nursing and care"], "an NHS staff bank, not a bank")
        XCTAssertEqual(try ladders("emergency care assistant"), ["ambulance"])
        XCTAssertEqual(try ladders("forklift driver"), ["warehouse"], "no road haulier")
        XCTAssertEqual(try ladders("gp receptionist"), [], "no doctor")
        XCTAssertEqual(try ladders("mot tester"), ["motor vehicles"], "no software tester")
        XCTAssertEqual(try ladders("property developer"), [])
    }
}
