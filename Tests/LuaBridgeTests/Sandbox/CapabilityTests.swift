import LuaBridge
import TestSupport
import XCTest

/// One test per forbidden capability: a hostile script can reach none of them.
final class CapabilityTests: SandboxTestCase {
    private func assertUnavailable(_ source: String, says expected: String, file: StaticString = #filePath, line: UInt = #line) {
        let message = failure(source, file: file, line: line)?.description ?? ""
        XCTAssertTrue(message.contains(expected), "\(message)", file: file, line: line)
    }

    func testNoOs() { assertUnavailable("os.execute('touch /tmp/pwned')", says: "os is not available") }
    func testNoIo() { assertUnavailable("io.open('/etc/passwd')", says: "io is not available") }
    func testNoDebug() { assertUnavailable("debug.sethook()", says: "debug is not available") }
    func testNoPackageLoadlib() { assertUnavailable("package.loadlib('libc.so.6', 'system')", says: "package is not available") }
    func testNoDofile() { assertUnavailable("dofile('/etc/passwd')", says: "dofile is not available") }
    func testNoLoadfile() { assertUnavailable("loadfile('/etc/passwd')", says: "loadfile is not available") }
    func testNoLoad() { assertUnavailable("load('return 1')", says: "load is not available") }
    func testNoCollectgarbage() { assertUnavailable("collectgarbage('stop')", says: "collectgarbage is not available") }
    func testNoStringDump() { assertUnavailable("string.dump(function() end)", says: "string.dump is not available") }
    func testNoStringDumpThroughTheStringMetatable() {
        assertUnavailable("return ('').dump(function() end)", says: "attempt to call a nil value")
    }
    func testNoRandomseed() { assertUnavailable("math.randomseed(1)", says: "math.randomseed is not available") }

    func testNoBinaryChunks() throws {
        let path = folder.write("binary.lua", Data([0x1B, 0x4C, 0x75, 0x61, 0x54, 0x00]))
        XCTAssertThrowsError(try sandbox().run(scriptAt: path)) { error in
            XCTAssertTrue("\(error)".contains("binary chunks are not allowed"), "\(error)")
        }
    }

    func testRequireRefusesPathsThatEscapeItsFolders() {
        for name in ["../secret", "/etc/passwd", "a/../../b", "..", "x..y", ""] {
            assertUnavailable("require('\(name)')", says: "invalid module name")
        }
    }

    func testRequireRefusesASymbolicLinkOutOfItsFolders() throws {
        let outside = TemporaryFolder()
        let target = outside.write("secret.lua", "return 'secret'")
        try FileManager.default.createSymbolicLink(atPath: folder.url.appendingPathComponent("link.lua").path,
                                                   withDestinationPath: target)
        assertUnavailable("return require('link')", says: "resolves outside")
    }

    func testRequireLoadsOnlyLuaSourceFromItsFolders() throws {
        let plugins = TemporaryFolder()
        plugins.write("helper.lua", "return { twice = function(x) return 2 * x end }")
        plugins.write("lib/deep.lua", "return 'deep'")
        let box = try sandbox(roots: [folder.path, plugins.path])
        XCTAssertEqual(try run("return require('helper').twice(21), require('lib.deep')", in: box), [42, "deep"])
        XCTAssertEqual(box.loaded.map(\.name), ["\(folder.path)/script.lua", "helper", "lib.deep"])
        XCTAssertTrue(failure("require('missing')", in: box)?.description.contains("module 'missing' not found") ?? false)
    }

    func testRequireLoadsAModuleOnceAndDetectsCycles() throws {
        folder.write("counter.lua", "local n = 0; return { next = function() n = n + 1; return n end }")
        folder.write("a.lua", "return require('b')")
        folder.write("b.lua", "return require('a')")
        XCTAssertEqual(try run("require('counter').next(); return require('counter').next()"), [2])
        XCTAssertTrue(failure("require('a')")?.description.contains("require cycle: a -> b -> a") ?? false)
    }

    func testPrintGoesToTheHostNotTheProgramsOutput() throws {
        try run("print('hello', 42, nil, true)")
        XCTAssertEqual(printed, ["hello\t42\tnil\ttrue"])
    }

    func testNewGlobalsOfAScriptStayInItsOwnEnvironment() throws {
        folder.write("other.lua", "return function() return leaked end")
        XCTAssertEqual(try run("leaked = 'yes'; return require('other')()"), [.nil])
    }
}
