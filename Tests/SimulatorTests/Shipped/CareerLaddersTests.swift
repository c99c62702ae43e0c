import Foundation
import LuaBridge
import TestSupport
import XCTest

/// `Plugins/career_ladders.lua`: which careers a role is on. A generic title names a job to aim
/// for, never a ladder for an unrelated role ("customer care assistant" is not a carer).
final class CareerLaddersTests: XCTestCase {
    /// The Lua reader of ladders and destinations, loaded once per test.
    private var reader: PluginScript?

    /// Calls the Lua function `name` of the test's reader script with `arguments`; it returns a string.
    private func call(_ name: String, _ arguments: [LuaValue]) throws -> String {
        if reader == nil {
            reader = try PluginScript("""
                local signals = require("career_signals")
                return {
                  -- the ids of the ladders a role is on
                  ladders = function(role) return table.concat(signals.ladders_of(role), ",") end,
                  -- an answer's destinations as kind:word, then "laddered" when it names a job on the role's
                  -- ladder and "in-line" when a destination names the role's own line
                  destinations = function(answer, role)
                    local a = signals.read(answer, { scenario = { role = role } })
                    local out = {}
                    for _, d in ipairs(a.destinations) do out[#out + 1] = d.kind .. ":" .. tostring(d.word) end
                    if a.laddered then out[#out + 1] = "laddered" end
                    if a.in_line then out[#out + 1] = "in-line" end
                    return table.concat(out, ",")
                  end,
                }
                """)
        }
        return try XCTUnwrap(try XCTUnwrap(reader).call(name, arguments).stringValue)
    }

    /// The ids of the ladders `role` is on, in the table's order.
    func ladders(_ role: String) throws -> [String] {
        try call("ladders", [.string(role)]).split(separator: ",").map(String.init)
    }

    /// An answer's destinations read for `role` (`kind:word`), then `laddered` when it names a job on the role's
    /// ladder and `in-line` when a destination names the role's own line.
    func destinations(_ answer: String, role: String) throws -> [String] {
        try call("destinations", [.string(answer), .string(role)]).split(separator: ",").map(String.init)
    }

    func testARolesTitlePutsItOnItsCareersLadders() throws {
        XCTAssertEqual(try ladders("healthcare assistant"), ["nursing and care"])
        XCTAssertEqual(try ladders("paralegal"), ["law"])
        XCTAssertEqual(try ladders("trainee auditor"), ["accountancy"])
        XCTAssertEqual(try ladders("teaching assistant"), ["teaching"])
        XCTAssertEqual(try ladders("police call handler"), ["policing"])
        XCTAssertEqual(try ladders("support worker"), ["nursing and care", "social work"], "a role may be on two ladders")
        // session 33's ladders: a scaffolder's and a deck cadet's, and no trainee or army cadet on them by the first word
        XCTAssertEqual(try ladders("trainee scaffolder"), ["scaffolding"])
        XCTAssertEqual(try ladders("deck cadet"), ["merchant navy"])
        XCTAssertEqual(try ladders("trainee accountant"), ["accountancy"], "not a scaffolder by 'trainee' alone")
        XCTAssertEqual(try ladders("officer cadet"), [], "an army officer cadet is no deck cadet")
    }

    func testAJobOnTheRolesLadderIsTheRolesLine() throws {
        XCTAssertEqual(try destinations("In five years I'd hope to be a registered nurse.", role: "healthcare assistant"),
                       ["internal:nil", "laddered", "in-line"])
        XCTAssertEqual(try destinations("In five years I want to be a qualified solicitor.", role: "paralegal"),
                       ["internal:nil", "laddered", "in-line"], "a seniority word, and the ladder's job")
        XCTAssertEqual(try destinations("In five years I want to be a qualified solicitor.", role: "receptionist"),
                       ["internal:nil"], "a seniority word, but another line")
        XCTAssertEqual(try destinations("I'd like to become a family solicitor here.", role: "paralegal"),
                       ["internal:nil", "laddered", "in-line"], "a specialism before the ladder's job")
        XCTAssertEqual(try destinations("In five years I'd hope to be a registered nurse.", role: "receptionist"),
                       ["occupation:nurse"])
        XCTAssertEqual(try destinations("I'd like to become a solicitor at a bigger firm.", role: "paralegal"),
                       ["organisation:firm", "laddered"], "the ladder's job at another firm is elsewhere")
        XCTAssertEqual(try destinations("In two years I'd like to become a driver.", role: "train conductor"),
                       ["internal:nil", "laddered", "in-line"])
        XCTAssertEqual(try destinations("After a couple of years I'd like to move into dispatch.", role: "emergency call handler"),
                       ["internal:nil", "laddered", "in-line"], "a job on the ladder with no occupation named")
        XCTAssertEqual(try destinations("After a couple of years I'd like to move into dispatch.", role: "receptionist"), [])
        XCTAssertEqual(try destinations("In two years I'd like to become a taxi driver.", role: "train conductor"),
                       ["occupation:driver"], "another noun before the ladder's job makes it another job")
        XCTAssertEqual(try destinations("Then a couple of years in response before applying to CID.", role: "student police constable"),
                       ["internal:nil", "laddered", "in-line"], "CID is a job on the ladder, not an organisation")
        XCTAssertEqual(try destinations("Then a couple of years in response before applying to CID.", role: "receptionist"),
                       ["organisation:CID"])
        XCTAssertEqual(try destinations("I want to become an assistant accountant in a year or two.", role: "accounts payable clerk"),
                       ["internal:nil", "laddered", "in-line"], "the first qualified step of accountancy")
        XCTAssertEqual(try destinations("In about five years I'd like to be an advanced practitioner.", role: "musculoskeletal physiotherapist"),
                       ["internal:nil", "laddered", "in-line"])
        XCTAssertEqual(try destinations("In about five years I'd like to be an advanced practitioner.", role: "receptionist"),
                       ["occupation:practitioner"])
        XCTAssertEqual(try destinations("I'd like to move onto the bigger vans and get my C1 within a year.", role: "delivery driver"),
                       ["laddered"], "a licence and bigger vehicles are the driver's own line")
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
        XCTAssertEqual(try ladders("gp receptionist"), ["health administration"], "a surgery's administration, not a doctor's ladder")
        XCTAssertEqual(try ladders("mot tester"), ["motor vehicles"], "no software tester")
        XCTAssertEqual(try ladders("property developer"), [])
    }
}
