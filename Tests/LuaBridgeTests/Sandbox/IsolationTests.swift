import LuaBridge
import TestSupport
import XCTest

/// Scripts cannot change what the host or other scripts rely on, and results do not depend on luck.
final class IsolationTests: SandboxTestCase {
    func testTheStringMetatableIsHidden() throws {
        XCTAssertEqual(try run("return getmetatable('')"), [false])
        XCTAssertTrue(failure("getmetatable('').__index.upper = nil")?.description.contains("attempt to index a boolean value") ?? false)
    }

    func testLibrariesAreReadOnly() {
        XCTAssertTrue(failure("string.upper = function() return 'pwned' end")?.description.contains("string is read-only") ?? false)
        XCTAssertTrue(failure("table.insert = nil")?.description.contains("table is read-only") ?? false)
    }

    func testRawsetOnALibraryReachesOnlyTheScriptsOwnCopy() throws {
        folder.write("victim.lua", "return function() return ('abc'):upper(), string.upper('abc') end")
        let results = try run("""
            rawset(string, 'upper', function() return 'pwned' end)
            local victim = require('victim')
            local a, b = victim()
            return string.upper('x'), a, b
            """)
        XCTAssertEqual(results, ["pwned", "ABC", "ABC"])
    }

    func testStringMethodsStillWorkAfterAScriptTamperedWithItsCopy() throws {
        XCTAssertEqual(try run("rawset(string, 'lower', nil); return ('ABC'):lower()"), ["abc"])
    }

    func testPairsVisitsKeysInAFixedOrder() throws {
        let results = try run("""
            local t = { zebra = 1, apple = 2, mango = 3, [10] = 4, [2] = 5, [true] = 6, banana = 7 }
            local keys = {}
            for k in pairs(t) do keys[#keys + 1] = tostring(k) end
            return table.concat(keys, ",")
            """)
        XCTAssertEqual(results, ["true,2,10,apple,banana,mango,zebra"])
    }

    func testPairsToleratesRemovingKeysWhileIterating() throws {
        XCTAssertEqual(try run("""
            local t = { a = 1, b = 2, c = 3 }
            local n = 0
            for k in pairs(t) do t.b = nil; n = n + 1 end
            return n
            """), [2])
    }

    func testMathRandomFollowsTheSeed() throws {
        func draw(_ seed: UInt64) throws -> [LuaValue] {
            let box = try sandbox()
            try box.state.seedRandom(seed)
            return try run("return math.random(1, 1000000), math.random(1, 1000000)", in: box)
        }
        XCTAssertEqual(try draw(7), try draw(7))
        XCTAssertNotEqual(try draw(7), try draw(8))
    }

    func testNoMemoryAddressReachesAScript() throws {
        XCTAssertEqual(try run("return tostring({}), tostring(print), string.format('%s|%s', {}, 1), tostring(setmetatable({}, { __tostring = function() return 'mine' end }))"),
                       ["table", "function", "table|1", "mine"])
        XCTAssertTrue(failure("return string.format('%p', {})")?.description.contains("%p is not available") ?? false)
    }
}
