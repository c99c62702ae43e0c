import LuaBridge
import TestSupport
import XCTest

final class LuaStateTests: XCTestCase {
    private func load(_ source: String, _ state: LuaState, name: String = "test.lua") throws -> LuaReference {
        try state.load(Array(source.utf8), chunkName: name)
    }

    func testValuesCrossBothWays() throws {
        let state = try LuaState()
        let identity = try load("return function(...) return ... end", state)
        let function = try state.call(identity)[0].functionValue!
        let table = LuaValue.table(LuaTable(array: [1, "two", 3.5], fields: ["nested": .record(["flag": true])]))
        let values: [LuaValue] = [.nil, true, false, 42, -7, 2.25, "héllo\u{0}bytes", table]
        let results = try state.call(function, values)
        XCTAssertEqual(results, values)
    }

    func testIntegersAndFloatsStayDistinct() throws {
        let state = try LuaState()
        let results = try state.call(try load("return 3, 3.0, 2^53, math.maxinteger", state))
        XCTAssertEqual(results, [.integer(3), .number(3.0), .number(9_007_199_254_740_992.0), .integer(Int64.max)])
    }

    func testFunctionsComeBackAsCallableReferences() throws {
        let state = try LuaState()
        let results = try state.call(try load("return function(a, b) return a * b end", state))
        guard case .function(let multiply) = results[0] else { return XCTFail("expected a function") }
        XCTAssertEqual(try state.call(multiply, [6, 7]), [42])
    }

    func testCyclicTablesAreRefusedNotFollowedForever() throws {
        let state = try LuaState()
        let chunk = try load("local t = {}; t.self = t; return t", state)
        XCTAssertThrowsError(try state.call(chunk)) { error in
            XCTAssertEqual(error as? LuaBridgeError, .invalidValue("a table is nested too deeply or contains itself"))
        }
    }

    func testReadingATableNeverRunsItsMetamethods() throws {
        let state = try LuaState()
        let chunk = try load("""
            local called = false
            local t = setmetatable({ a = 1 }, { __index = function() called = true; return 99 end,
                                                __pairs = function() error("pairs ran") end })
            return t, function() return called end
            """, state)
        let results = try state.call(chunk)
        XCTAssertEqual(results[0], .record(["a": 1]))
        XCTAssertEqual(try state.call(results[1].functionValue!), [false])
    }

    func testHostFunctionsAreCallableFromLua() throws {
        let state = try LuaState()
        let add = state.function { arguments in
            [.integer((arguments[0].doubleValue.map { Int64($0) } ?? 0) + (arguments[1].doubleValue.map { Int64($0) } ?? 0))]
        }
        let chunk = try load("local add = ...; return add(2, 3), add(10, -4)", state)
        XCTAssertEqual(try state.call(chunk, [add]), [5, 6])
    }

    func testAHostFunctionErrorBecomesALuaErrorAtTheCallersLine() throws {
        struct Refusal: Error, CustomStringConvertible { var description: String { "refused" } }
        let state = try LuaState()
        let failing = state.function { _ in throw Refusal() }
        let chunk = try load("local f = ...\n\nf()", state, name: "Scenarios/x.lua")
        XCTAssertThrowsError(try state.call(chunk, [failing])) { error in
            guard case .runtime(let message, let traceback)? = error as? LuaBridgeError else { return XCTFail("\(error)") }
            XCTAssertEqual(message, "Scenarios/x.lua:3: refused")
            XCTAssertTrue(traceback.hasPrefix("stack traceback:"), traceback)
        }
    }

    func testAHostFunctionErrorCanBeCaughtByPcall() throws {
        let state = try LuaState()
        let failing = state.function { _ in throw LuaLocatedError("no") }
        let chunk = try load("local f = ...; local ok, message = pcall(f); return ok, message", state)
        XCTAssertEqual(try state.call(chunk, [failing]), [false, "no"])
    }

    func testRuntimeErrorsNameTheScriptAndLineWithATraceback() throws {
        let state = try LuaState()
        let chunk = try load("local x\nlocal function f() return x.y end\nreturn f()", state, name: "Scenarios/broken.lua")
        XCTAssertThrowsError(try state.call(chunk)) { error in
            guard case .runtime(let message, let traceback)? = error as? LuaBridgeError else { return XCTFail("\(error)") }
            XCTAssertEqual(message, "Scenarios/broken.lua:2: attempt to index a nil value (upvalue 'x')")
            XCTAssertTrue(traceback.contains("Scenarios/broken.lua:2: in"), traceback)
        }
    }

    func testSyntaxErrorsNameTheScriptAndLine() throws {
        let state = try LuaState()
        XCTAssertThrowsError(try load("return {\n  id = 'x'\n  title = 'y'\n}", state, name: "Scenarios/x.lua")) { error in
            guard case .syntax(let message)? = error as? LuaBridgeError else { return XCTFail("\(error)") }
            XCTAssertTrue(message.hasPrefix("Scenarios/x.lua:3: '}' expected (to close '{' at line 1)"), message)
        }
    }

    func testBinaryChunksAreRefused() throws {
        let state = try LuaState()
        let binary: [UInt8] = [0x1B] + Array("Lua".utf8) + [0x54, 0x00, 0x19, 0x93]
        XCTAssertThrowsError(try state.load(binary, chunkName: "evil.lua")) { error in
            XCTAssertEqual(error as? LuaBridgeError, .syntax("evil.lua: binary chunks are not allowed; give the Lua source"))
        }
    }

    func testThrownErrorObjectsThatAreNotStringsAreDescribedAtTheirLine() throws {
        let state = try LuaState()
        let chunk = try load("\nerror(setmetatable({}, { __tostring = function() while true do end end }))", state, name: "x.lua")
        XCTAssertThrowsError(try state.call(chunk)) { error in
            XCTAssertEqual((error as? LuaBridgeError)?.description, "x.lua:2: (error object is a table value)")
        }
    }

    func testErrorsRaisedWithoutAPositionGetTheScriptsLine() throws {
        let state = try LuaState()
        let chunk = try load("local function f()\n  error('no position', 0)\nend\nf()", state, name: "Scenarios/x.lua")
        XCTAssertThrowsError(try state.call(chunk)) { error in
            XCTAssertEqual((error as? LuaBridgeError)?.description, "Scenarios/x.lua:2: no position")
        }
    }

    func testEachCallGetsAFreshBudget() throws {
        let state = try LuaState(configuration: LuaConfiguration(instructionLimit: 200_000))
        let function = try state.call(try load("return function() for i = 1, 30000 do end return true end", state))[0].functionValue!
        for _ in 0 ..< 20 { XCTAssertEqual(try state.call(function), [true]) }
    }

    func testMemoryIsAccounted() throws {
        let state = try LuaState()
        let before = state.memoryUsage.current
        _ = try state.call(try load("local t = {}; for i = 1, 100000 do t[i] = i end; return #t", state))
        XCTAssertGreaterThan(state.memoryUsage.peak, before + 1_000_000)
    }
}
