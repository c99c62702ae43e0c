import LuaBridge
import TestSupport
import XCTest

/// The sandbox's globals are data (``SandboxPolicy``); these tests fail when Lua or the host grows one.
final class GlobalsPolicyTests: SandboxTestCase {
    func testEveryGlobalLuaDefinesIsInThePolicy() throws {
        let state = try LuaState()
        let listed = Set(SandboxPolicy.standard.globals.map(\.name))
        let unlisted = Set(state.globalNames()).subtracting(listed)
        XCTAssertEqual(unlisted, [], "new Lua globals: decide in SandboxPolicy whether scripts may have them")
    }

    func testEveryPolicyEntryHasAReason() {
        for entry in SandboxPolicy.standard.globals + SandboxPolicy.standard.libraryMembers {
            XCTAssertFalse(entry.reason.isEmpty, entry.name)
        }
    }

    func testAScriptSeesExactlyTheAllowedGlobals() throws {
        let results = try run("""
            local names = {}
            for name in pairs(_G) do names[#names + 1] = name end
            return names
            """, in: sandbox(libraries: ["text": ["noop": { _ in [] }]]))
        let names = Set(results[0].tableValue!.array.compactMap(\.stringValue))
        XCTAssertEqual(names, Set(SandboxPolicy.standard.visibleGlobals + ["text"]))
    }

    func testLibraryMembersAreThoseOfLuaLessTheRemovedOnes() throws {
        let results = try run("""
            local out = {}
            for _, library in ipairs({ "string", "table", "math", "utf8", "coroutine" }) do
              for name in pairs(getmetatable and _G[library] and {} or {}) do end
              out[library] = type(_G[library].len or _G[library].insert or _G[library].floor or _G[library].char or _G[library].wrap)
            end
            return out
            """)
        XCTAssertEqual(results[0].tableValue?.fields.values.compactMap(\.stringValue), Array(repeating: "function", count: 5))
    }
}
