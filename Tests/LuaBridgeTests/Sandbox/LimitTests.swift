import LuaBridge
import TestSupport
import XCTest

/// The instruction budget and memory cap, and the known ways scripts try to get around them.
final class LimitTests: SandboxTestCase {
    private func assertBudgetExhausted(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
        guard case .instructionBudgetExhausted(let message)? = failure(source, file: file, line: line) else {
            return XCTFail("expected the budget to run out", file: file, line: line)
        }
        XCTAssertTrue(message.hasPrefix("\(folder.path)/script.lua:"), message, file: file, line: line)
        XCTAssertTrue(message.hasSuffix("instruction budget exhausted (2000000 instructions)"), message, file: file, line: line)
    }

    private func assertMemoryExceeded(_ source: String, file: StaticString = #filePath, line: UInt = #line) {
        guard case .memoryLimitExceeded(let message)? = failure(source, in: try? sandbox(LuaConfiguration(memoryLimit: 8 << 20, instructionLimit: 50_000_000)), file: file, line: line) else {
            return XCTFail("expected the memory cap to stop it", file: file, line: line)
        }
        XCTAssertTrue(message.contains("script.lua"), message, file: file, line: line)
        XCTAssertTrue(message.hasSuffix("memory limit exceeded (8 MiB)"), message, file: file, line: line)
    }

    func testAnEndlessLoopRunsOutOfBudget() {
        assertBudgetExhausted("while true do end")
    }

    func testTheBudgetErrorCarriesTheLine() {
        guard case .instructionBudgetExhausted(let message)? = failure("local x = 1\n\nwhile true do x = x + 1 end") else {
            return XCTFail()
        }
        XCTAssertEqual(message, "\(folder.path)/script.lua:3: instruction budget exhausted (2000000 instructions)")
    }

    func testTheBudgetErrorInARequiredModuleNamesTheModulesLine() throws {
        folder.write("spin.lua", "local n = 0\nwhile true do n = n + 1 end")
        guard case .instructionBudgetExhausted(let message)? = failure("return require('spin')") else { return XCTFail() }
        XCTAssertEqual(message, "\(folder.path)/spin.lua:2: instruction budget exhausted (2000000 instructions)")
    }

    func testPcallCannotSwallowTheBudgetError() {
        assertBudgetExhausted("while true do pcall(function() while true do end end) end")
    }

    func testXpcallCannotSwallowTheBudgetError() {
        assertBudgetExhausted("while true do xpcall(function() while true do end end, function(e) return e end) end")
    }

    func testNestedPcallsCannotSwallowTheBudgetError() {
        assertBudgetExhausted("while true do pcall(pcall, pcall, function() while true do end end) end")
    }

    func testACoroutineCannotSwallowTheBudgetError() {
        assertBudgetExhausted("""
            while true do
              local co = coroutine.create(function() while true do end end)
              coroutine.resume(co)
            end
            """)
    }

    func testCoroutineWrapAndCloseCannotSwallowTheBudgetError() {
        assertBudgetExhausted("""
            while true do
              pcall(coroutine.wrap(function() while true do end end))
              local co = coroutine.create(function() local x <close> = setmetatable({}, { __close = function() while true do end end }); coroutine.yield() end)
              coroutine.resume(co)
              coroutine.close(co)
            end
            """)
    }

    func testAPathologicalPatternRunsOutOfBudgetInsteadOfHanging() {
        // Lua's own matcher would take hours here: the count hook never fires inside C.
        assertBudgetExhausted("return string.find(string.rep('a', 20000), '.-.-.-.-.-b')")
    }

    func testPatternMethodsOnStringsAreBudgetedToo() {
        assertBudgetExhausted("local s = string.rep('a', 20000); return s:match('(.-)(.-)(.-)(.-)b')")
    }

    func testGsubAndGmatchAreBudgeted() {
        assertBudgetExhausted("local s = string.rep('a', 20000); for _ in s:gmatch('.-.-.-b') do end")
    }

    func testLibraryLoopsInCAreBudgeted() {
        // The count hook never fires inside C: each of these would otherwise loop 10^15 times.
        assertBudgetExhausted("local x = string.rep('', 1e15)")
        assertBudgetExhausted("local x = (''):rep(1e15)")
        assertBudgetExhausted("table.move({}, 1, 1e15, 2)")
        assertBudgetExhausted("table.concat(setmetatable({}, { __len = function() return 1e15 end, __index = tostring }))")
        assertBudgetExhausted("table.insert(setmetatable({}, { __len = function() return 1e15 end }), 1, 'x')")
        assertBudgetExhausted("table.remove(setmetatable({}, { __len = function() return 1e15 end }), 1)")
        assertBudgetExhausted("table.unpack({}, 1, 1e15)")
        assertBudgetExhausted("table.sort(setmetatable({}, { __len = function() return 1e15 end }))")
    }

    func testTheChargedFunctionsStillWorkAsInLua() throws {
        XCTAssertEqual(try run("""
            local t = { 3, 1, 2 }
            table.sort(t); table.insert(t, 4); table.insert(t, 1, 0); local last = table.remove(t)
            local moved = table.move(t, 1, 3, 2, {})
            return ("ab"):rep(3, "-"), table.concat(t, ","), last, moved[2], select("#", table.unpack(t))
            """), ["ab-ab-ab", "0,1,2,3", 4, 0, 4])
    }

    func testCopyingASharedTableIsBoundedNotExponential() {
        let message = failure("local t = {}; for i = 1, 30 do t = { t, t } end; return t")?.description ?? ""
        XCTAssertEqual(message, "a value is too large to copy (over 200000 values)")
    }

    func testHostFunctionsChargeForCopyingTheirArguments() throws {
        let box = try sandbox(libraries: ["host": ["noop": { _ in [] }]])
        guard case .instructionBudgetExhausted? = failure("""
            local big = {}; for i = 1, 50000 do big[i] = i end
            for i = 1, 1e6 do host.noop(big) end
            """, in: box) else { return XCTFail("copying arguments must cost budget") }
    }

    func testPrintChargesForWhatItPrints() throws {
        guard case .instructionBudgetExhausted? = failure("local s = string.rep('x', 1e6); for i = 1, 1e6 do print(s) end") else {
            return XCTFail("printing must cost budget")
        }
        XCTAssertLessThan(printed.count, 1000)
    }

    func testPatternsStillWorkAsInLua() throws {
        let results = try run("""
            local s = "Grow sales by 50% in 2 years"
            local a, b = s:find("%d+%%")
            local words = {}
            for w in s:gmatch("%a+") do words[#words + 1] = w end
            return a, b, s:match("(%d+) (%a+)$"), (s:gsub("%d", "#")), #words
            """)
        XCTAssertEqual(results, [15, 17, "2", "Grow sales by ##% in # years", 5])
    }

    func testAGrowingTableHitsTheMemoryCap() {
        assertMemoryExceeded("local t = {}; for i = 1, 1e9 do t[i] = i end")
    }

    func testOneHugeAllocationHitsTheMemoryCap() {
        assertMemoryExceeded("local s = string.rep('x', 2e7)")
    }

    func testPcallCannotSwallowTheMemoryError() {
        assertMemoryExceeded("local keep = {}; while true do local ok = pcall(function() keep[#keep + 1] = string.rep('x', 1e6) end) end")
    }

    func testAMemoryErrorFromAHostFunctionsResultsIsRaisedInC() throws {
        // The host function's results are pushed while Swift runs (the cap is not enforced then, so no
        // Lua API call made from Swift can raise); the trampoline then finds the state over its cap and
        // raises from C. The process survives and the error is the memory error.
        let big = LuaValue.list(Array(repeating: .string(String(repeating: "y", count: 1000)), count: 1))
        let box = try sandbox(LuaConfiguration(memoryLimit: 8 << 20, instructionLimit: 50_000_000),
                              libraries: ["host": ["big": { _ in
                                  [.list((0 ..< 20000).map { .string("item \($0) " + String(repeating: "z", count: 300)) })]
                              }]])
        _ = big
        guard case .memoryLimitExceeded? = failure("local keep = {}; for i = 1, 100 do keep[i] = host.big() end", in: box) else {
            return XCTFail("expected the memory cap")
        }
        XCTAssertTrue(box.state.isStopped)
    }

    func testAStoppedStateRefusesFurtherCalls() throws {
        let box = try sandbox()
        XCTAssertNotNil(failure("while true do end", in: box))
        XCTAssertThrowsError(try run("return 1", in: box))
    }

    func testFinalizersAreRefused() {
        XCTAssertTrue(failure("setmetatable({}, { __gc = function() while true do end end })")?.description
            .contains("__gc metamethods are not allowed") ?? false)
    }
}
