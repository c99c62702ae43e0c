import CLua
import CLuaShim

/// Limits for one Lua state.
///
/// Scenarios and plugins are untrusted, so every state has a memory cap and an instruction budget
/// that is refilled for loading a script and for each call into it.
public struct LuaConfiguration: Sendable, Equatable {
    /// The memory cap, in bytes.
    public var memoryLimit: Int
    /// Instructions allowed for loading a script, and for each call into Lua from the host.
    public var instructionLimit: Int

    public init(memoryLimit: Int = LuaConfiguration.defaultMemoryLimit,
                instructionLimit: Int = LuaConfiguration.defaultInstructionLimit) {
        self.memoryLimit = memoryLimit
        self.instructionLimit = instructionLimit
    }

    /// 64 MiB: far more than any scenario needs, far less than the machine has.
    public static let defaultMemoryLimit = 64 * 1024 * 1024
    /// 50 million instructions: a fraction of a second of Lua, hundreds of times what a heuristic needs.
    public static let defaultInstructionLimit = 50_000_000
}

/// A function the host offers to Lua. It receives the call's arguments and returns its results; a
/// thrown error becomes a Lua error at the caller's line.
public typealias LuaHostFunction = ([LuaValue]) throws -> [LuaValue]

/// An error a ``LuaHostFunction`` throws when its message already names its location (for example an
/// error of a module that `require` ran), so the bridge must not prefix the caller's.
public struct LuaLocatedError: Error {
    public let message: String
    public init(_ message: String) { self.message = message }
}

/// The bridge: owns one `lua_State` and is the only type that touches Lua's C API.
///
/// Every call into Lua is protected (`simshim_pcall`) with a traceback handler; Swift callbacks report
/// failure to a C trampoline, which raises, so `lua_error` never unwinds a Swift frame. While Swift
/// code runs the allocator does not enforce the cap, so API calls made from Swift cannot raise either.
/// Not thread-safe: use one state per thread.
public final class LuaState {
    let L: OpaquePointer
    private let sandbox: UnsafeMutablePointer<simshim_sandbox>
    private var hostFunctions: [LuaHostFunction] = []
    private var closed = false
    /// The names of the chunks loaded, to undo Lua's shortening of long names in messages.
    private var chunkNames: Set<String> = []
    /// Registry slots made while a host function's arguments are read, released when it returns.
    private var temporarySlots: [Int32]?
    public let configuration: LuaConfiguration

    /// Creates a state with the standard libraries open (the sandbox is built by ``LuaSandbox``).
    /// - Throws: ``LuaBridgeError/stateUnavailable(_:)`` when Lua cannot allocate its state.
    public init(configuration: LuaConfiguration = LuaConfiguration()) throws {
        self.configuration = configuration
        sandbox = .allocate(capacity: 1)
        sandbox.initialize(to: simshim_sandbox())
        sandbox.pointee.limit = configuration.memoryLimit
        guard let state = simshim_newstate(sandbox) else {
            sandbox.deallocate()
            throw LuaBridgeError.stateUnavailable("cannot create a Lua state")
        }
        L = state
        if simshim_openlibs(L) != LUA_OK {
            let message = popString()
            close()
            throw LuaBridgeError.stateUnavailable("cannot open the Lua libraries: \(message)")
        }
    }

    deinit { close() }

    private func close() {
        guard !closed else { return }
        closed = true
        simshim_prepare_close(L)
        lua_close(L)
        sandbox.deinitialize(count: 1)
        sandbox.deallocate()
    }

    /// Bytes the state holds now, and the most it ever held.
    public var memoryUsage: (current: Int, peak: Int) {
        (sandbox.pointee.used, sandbox.pointee.peak)
    }

    /// Charges work done by a host function to the running script's instruction budget (text
    /// analysis of a long string, for example), so that no host function is a way around the budget.
    public func charge(_ steps: Int) {
        sandbox.pointee.pending_charge += Int64(max(0, steps))
    }

    // MARK: - Loading and calling

    /// Compiles a script's text (never a binary chunk) into a function whose globals are `environment`.
    /// - Parameters:
    ///   - source: the script's bytes.
    ///   - chunkName: the path shown in error messages (`Scenarios/x.lua`).
    ///   - environment: the table the chunk sees as `_ENV`; nil keeps the state's globals.
    /// - Throws: ``LuaBridgeError/syntax(_:)`` with `path:line: message`.
    public func load(_ source: [UInt8], chunkName: String, environment: LuaReference? = nil) throws -> LuaReference {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        let status = source.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                simshim_loadtext(L, $0, buffer.count, "@" + chunkName)
            }
        }
        chunkNames.insert(chunkName)
        guard status == LUA_OK else {
            let message = restoringChunkNames(popString())
            if message.contains("attempt to load a binary chunk") {
                throw LuaBridgeError.syntax("\(chunkName): binary chunks are not allowed; give the Lua source")
            }
            throw LuaBridgeError.syntax(message)
        }
        if let environment {
            pushReference(environment)
            lua_setupvalue(L, -2, 1)
        }
        return makeReference(at: -1)
    }

    /// Calls a Lua function with the instruction budget refilled (unless a call is already under way,
    /// as when a host function loads a module), and returns its results copied into Swift.
    /// - Throws: ``LuaBridgeError`` for a runtime error, an exhausted budget or memory cap.
    @discardableResult
    public func call(_ function: LuaReference, _ arguments: [LuaValue] = []) throws -> [LuaValue] {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        try invoke(function, arguments)
        return try (top + 1 ..< lua_gettop(L) + 1).map { try value(at: $0) }
    }

    /// Calls a Lua function and keeps its first result by identity.
    public func callKeepingResult(_ function: LuaReference, _ arguments: [LuaValue] = []) throws -> LuaReference {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        try invoke(function, arguments)
        if lua_gettop(L) == top { lua_pushnil(L) }
        lua_settop(L, top + 1)
        return makeReference(at: -1)
    }

    /// Copies a referenced value into Swift.
    public func value(of reference: LuaReference) throws -> LuaValue {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        pushReference(reference)
        return try value(at: -1)
    }

    /// Keeps a Swift value in the registry, by identity from now on.
    public func reference(to value: LuaValue) throws -> LuaReference {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        try push(value)
        return makeReference(at: -1)
    }

    /// The script and line where a function was defined, for error messages about it.
    public func location(of function: LuaReference) -> (source: String, line: Int)? {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        pushReference(function)
        guard lua_type(L, -1) == LUA_TFUNCTION else { return nil }
        var debug = lua_Debug()
        lua_getinfo(L, ">S", &debug)
        guard let source = debug.source, source.pointee == UInt8(ascii: "@") else { return nil }
        return (String(cString: source + 1), Int(debug.linedefined))
    }

    private func invoke(_ function: LuaReference, _ arguments: [LuaValue]) throws {
        guard lua_checkstack(L, Int32(arguments.count) + 8) != 0 else {
            throw LuaBridgeError.invalidValue("too many arguments")
        }
        pushReference(function)
        for argument in arguments { try push(argument) }
        let status = simshim_pcall(L, Int32(arguments.count), LUA_MULTRET, Int64(configuration.instructionLimit))
        if status != LUA_OK { throw error(status: status, function: function) }
    }

    private func error(status: Int32, function: LuaReference) -> LuaBridgeError {
        let raw = popString()
        let (shortened, traceback) = Self.splitTraceback(raw)
        let message = restoringChunkNames(shortened)
        let killed = Int(sandbox.pointee.killed)
        let name = location(of: function)?.source ?? "script"
        if killed == Int(SIMSHIM_KILLED_BUDGET) {
            return .instructionBudgetExhausted(message)
        }
        if killed == Int(SIMSHIM_KILLED_MEMORY) || status == LUA_ERRMEM {
            if message.hasSuffix("not enough memory") || !message.contains(":") {
                let mib = configuration.memoryLimit / (1024 * 1024)
                return .memoryLimitExceeded("\(name): memory limit exceeded (\(mib) MiB)")
            }
            return .memoryLimitExceeded(message)
        }
        if status == LUA_ERRERR {
            return .runtime("\(name): error while handling an error: \(message)", traceback: traceback)
        }
        return .runtime(message, traceback: traceback)
    }

    /// Lua shortens long chunk names in messages to "...end/of/path.lua"; put the whole path back.
    private func restoringChunkNames(_ message: String) -> String {
        guard message.hasPrefix("..."), let colon = message.firstIndex(of: ":") else { return message }
        let tail = message[message.index(message.startIndex, offsetBy: 3) ..< colon]
        guard let name = chunkNames.filter({ $0.hasSuffix(tail) }).min(by: { $0.count < $1.count }) else { return message }
        return name + message[colon...]
    }

    static func splitTraceback(_ raw: String) -> (message: String, traceback: String) {
        guard let range = raw.range(of: "\nstack traceback:") else { return (raw, "") }
        return (String(raw[..<range.lowerBound]), String(raw[range.lowerBound...].dropFirst()))
    }

    /// True once the sandbox has stopped a script for good (budget or memory); the state is then
    /// unusable and every later call fails.
    public var isStopped: Bool { sandbox.pointee.killed != SIMSHIM_RUNNING }

    // MARK: - Host functions

    /// Makes a Swift function callable from Lua.
    public func function(_ body: @escaping LuaHostFunction) -> LuaValue {
        hostFunctions.append(body)
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        simshim_push_callback(L, dispatchHostFunction, Unmanaged.passUnretained(self).toOpaque(),
                              lua_Integer(hostFunctions.count - 1))
        return .function(makeReference(at: -1))
    }

    fileprivate func dispatch(_ thread: OpaquePointer, _ index: Int) -> Int32 {
        let results: [LuaValue]
        temporarySlots = []
        let count = lua_gettop(thread)
        // A table that cannot be copied (it contains itself, like an environment) arrives by identity.
        var copied = 0
        let arguments = (0 ..< count).map { position in
            defer { copied += copiedValues }
            return (try? value(at: position + 1, in: thread)) ?? .reference(reference(at: position + 1, in: thread))
        }
        sandbox.pointee.pending_charge += Int64(copied * 8)  // copying is work the script asked for
        let argumentSlots = temporarySlots ?? []
        temporarySlots = nil
        defer {
            for slot in argumentSlots { luaL_unref(thread, simshim_registryindex(), slot) }
        }
        do {
            results = try hostFunctions[index](arguments)
            guard lua_checkstack(thread, Int32(results.count) + 8) != 0 else {
                throw LuaBridgeError.invalidValue("too many results")
            }
            for result in results { try push(result, in: thread) }
        } catch let error as LuaLocatedError {
            lua_pushstring(thread, error.message)
            return SIMSHIM_CALLBACK_ERROR_LOCATED
        } catch {
            lua_pushstring(thread, "\(error)")
            return SIMSHIM_CALLBACK_ERROR
        }
        return Int32(results.count)
    }

    // MARK: - Tables for the sandbox

    /// Creates an empty table and keeps it.
    public func newTable() -> LuaReference {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        lua_createtable(L, 0, 0)
        return makeReference(at: -1)
    }

    /// Sets `table[key] = value` without metamethods.
    public func rawSet(_ table: LuaReference, _ key: String, _ value: LuaValue) throws {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        pushReference(table)
        try push(value)
        lua_setfield(L, -2, key)  // fresh host tables have no metatable
    }

    /// Reads `table[key]` without metamethods, keeping the value by identity.
    public func rawGetReference(_ table: LuaReference, _ key: String) -> LuaReference {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        pushReference(table)
        lua_pushstring(L, key)
        lua_rawget(L, -2)
        return makeReference(at: -1)
    }

    /// The keys of the real global table, as the libraries left it.
    public func globalNames() -> [String] {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        simshim_pushglobaltable(L)
        return keys(at: -1)
    }

    /// The string keys of a referenced table.
    public func keys(of table: LuaReference) -> [String] {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        pushReference(table)
        return keys(at: -1)
    }

    private func keys(at index: Int32) -> [String] {
        let table = lua_absindex(L, index)
        var names: [String] = []
        lua_pushnil(L)
        while lua_next(L, table) != 0 {
            if lua_type(L, -2) == LUA_TSTRING { names.append(string(at: -2, in: L)) }
            simshim_pop(L, 1)
        }
        return names.sorted()
    }

    /// The function that stands in for a removed capability and says so when called.
    public func unavailableFunction(named name: String) -> LuaValue {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        simshim_push_unavailable(L, name)
        return .function(makeReference(at: -1))
    }

    /// The guarded replacement of a base function (see `simshim_push_guarded`).
    public func guardedFunction(named name: String) -> LuaValue? {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        guard simshim_push_guarded(L, name) != 0 else { return nil }
        return .function(makeReference(at: -1))
    }

    /// The real global `name` (or `library.name`), by identity.
    public func globalReference(_ path: String) -> LuaReference {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        simshim_pushglobaltable(L)
        for part in path.split(separator: ".") {
            if lua_type(L, -1) == LUA_TTABLE {
                lua_pushstring(L, String(part))
                lua_rawget(L, -2)
            } else {
                lua_pushnil(L)
            }
        }
        return makeReference(at: -1)
    }

    /// Makes `table` read-only for scripts: writes raise "<name> is read-only", reads fall through to
    /// `target`, and `getmetatable` reveals nothing.
    public func makeReadOnlyProxy(_ table: LuaReference, over target: LuaReference?, name: String) {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        pushReference(table)
        lua_createtable(L, 0, 3)
        if let target {
            pushReference(target)
            lua_setfield(L, -2, "__index")
        }
        simshim_push_readonly_guard(L, name)
        lua_setfield(L, -2, "__newindex")
        lua_pushboolean(L, 0)
        lua_setfield(L, -2, "__metatable")
        lua_setmetatable(L, -2)
    }

    /// Sets a table's metatable (both are host tables).
    public func setMetatable(_ table: LuaReference, _ metatable: LuaReference) {
        let top = lua_gettop(L)
        defer { lua_settop(L, top) }
        pushReference(table)
        pushReference(metatable)
        lua_setmetatable(L, -2)
    }

    /// Seeds `math.random`, so that a script's randomness follows the session's seed.
    public func seedRandom(_ seed: UInt64) throws {
        let randomseed = globalReference("math.randomseed")
        try call(randomseed, [.integer(Int64(bitPattern: seed))])
    }

    // MARK: - Moving values

    private func makeReference(at index: Int32) -> LuaReference {
        reference(at: index, in: L)
    }

    /// Keeps the value at `index` in the registry. While a host function's arguments are read, the slot
    /// is noted so that it is released when the function returns.
    private func reference(at index: Int32, in thread: OpaquePointer) -> LuaReference {
        lua_pushvalue(thread, index)
        let slot = luaL_ref(thread, simshim_registryindex())
        temporarySlots?.append(slot)
        return LuaReference(slot: slot, stateID: ObjectIdentifier(self))
    }

    private func pushReference(_ reference: LuaReference, in thread: OpaquePointer? = nil) {
        precondition(reference.stateID == ObjectIdentifier(self), "a reference of another Lua state")
        lua_rawgeti(thread ?? L, simshim_registryindex(), lua_Integer(reference.slot))
    }

    private func popString() -> String {
        let result = lua_type(L, -1) == LUA_TSTRING ? string(at: -1, in: L) : "(error object is not a string)"
        simshim_pop(L, 1)
        return result
    }

    private func string(at index: Int32, in thread: OpaquePointer) -> String {
        var length = 0
        guard let pointer = simshim_tostring(thread, index, &length) else { return "" }
        return pointer.withMemoryRebound(to: UInt8.self, capacity: length) {
            String(decoding: UnsafeBufferPointer(start: $0, count: length), as: UTF8.self)
        }
    }

    static let maximumDepth = 40
    /// The most values one copy may hold: a table that shares its sub-tables (`t = {t, t}` nested 40
    /// times) would otherwise expand exponentially.
    static let maximumValues = 200_000

    /// Values copied by the conversion under way.
    private var copiedValues = 0

    func value(at index: Int32, in thread: OpaquePointer? = nil) throws -> LuaValue {
        let thread = thread ?? L
        var path: Set<UnsafeRawPointer> = []
        copiedValues = 0
        return try value(at: lua_absindex(thread, index), in: thread, depth: 0, path: &path)
    }

    private func value(at index: Int32, in thread: OpaquePointer, depth: Int,
                       path: inout Set<UnsafeRawPointer>) throws -> LuaValue {
        copiedValues += 1
        guard copiedValues <= Self.maximumValues else {
            throw LuaBridgeError.invalidValue("a value is too large to copy (over \(Self.maximumValues) values)")
        }
        switch lua_type(thread, index) {
        case LUA_TNIL, LUA_TNONE:
            return .nil
        case LUA_TBOOLEAN:
            return .boolean(lua_toboolean(thread, index) != 0)
        case LUA_TNUMBER:
            var isInteger: Int32 = 0
            let integer = simshim_tointeger(thread, index, &isInteger)
            if lua_isinteger(thread, index) != 0, isInteger != 0 { return .integer(integer) }
            return .number(simshim_tonumber(thread, index, nil))
        case LUA_TSTRING:
            return .string(string(at: index, in: thread))
        case LUA_TTABLE:
            return .table(try table(at: index, in: thread, depth: depth, path: &path))
        case LUA_TFUNCTION:
            return .function(reference(at: index, in: thread))
        default:
            return .reference(reference(at: index, in: thread))
        }
    }

    /// Copies a table with raw access only: reading must never run a script's metamethods.
    private func table(at index: Int32, in thread: OpaquePointer, depth: Int,
                       path: inout Set<UnsafeRawPointer>) throws -> LuaTable {
        guard let identity = lua_topointer(thread, index) else { return LuaTable() }
        guard depth < Self.maximumDepth, !path.contains(identity) else {
            throw LuaBridgeError.invalidValue("a table is nested too deeply or contains itself")
        }
        guard lua_checkstack(thread, 8) != 0 else {
            throw LuaBridgeError.invalidValue("a table is nested too deeply")
        }
        path.insert(identity)
        defer { path.remove(identity) }
        var result = LuaTable()
        let length = Int(lua_rawlen(thread, index))
        result.array.reserveCapacity(length)
        for position in 0 ..< length {
            lua_rawgeti(thread, index, lua_Integer(position + 1))
            defer { simshim_pop(thread, 1) }
            let element = try value(at: lua_gettop(thread), in: thread, depth: depth + 1, path: &path)
            if element == .nil { break }
            result.array.append(element)
        }
        lua_pushnil(thread)
        while lua_next(thread, index) != 0 {
            defer { simshim_pop(thread, 1) }
            let keyType = lua_type(thread, -2)
            if keyType == LUA_TSTRING {
                let key = string(at: -2, in: thread)
                result.fields[key] = try value(at: lua_gettop(thread), in: thread, depth: depth + 1, path: &path)
            } else if keyType == LUA_TNUMBER, lua_isinteger(thread, -2) != 0 {
                let key = lua_tointegerx(thread, -2, nil)
                if key < 1 || key > result.array.count { result.otherKeyCount += 1 }
            } else {
                result.otherKeyCount += 1
            }
        }
        return result
    }

    private func push(_ value: LuaValue, in thread: OpaquePointer? = nil, depth: Int = 0) throws {
        let thread = thread ?? L
        guard depth < Self.maximumDepth, lua_checkstack(thread, 4) != 0 else {
            throw LuaBridgeError.invalidValue("a value is nested too deeply")
        }
        switch value {
        case .nil: lua_pushnil(thread)
        case .boolean(let b): lua_pushboolean(thread, b ? 1 : 0)
        case .integer(let i): lua_pushinteger(thread, i)
        case .number(let d): lua_pushnumber(thread, d)
        case .string(let s):
            var s = s
            s.withUTF8 { bytes in
                bytes.withMemoryRebound(to: CChar.self) { chars in
                    _ = lua_pushlstring(thread, chars.baseAddress, chars.count)
                }
            }
        case .table(let table):
            lua_createtable(thread, Int32(table.array.count), Int32(table.fields.count))
            for (position, element) in table.array.enumerated() {
                try push(element, in: thread, depth: depth + 1)
                lua_rawseti(thread, -2, lua_Integer(position + 1))
            }
            for (key, element) in table.fields.sorted(by: { $0.key < $1.key }) {
                lua_pushstring(thread, key)
                try push(element, in: thread, depth: depth + 1)
                lua_rawset(thread, -3)
            }
        case .function(let reference), .reference(let reference):
            pushReference(reference, in: thread)
        }
    }
}

/// The one C entry point into Swift: finds the state and runs the host function.
private let dispatchHostFunction: simshim_dispatch_fn = { thread, context, index in
    guard let thread, let context else { return SIMSHIM_CALLBACK_ERROR }
    let state = Unmanaged<LuaState>.fromOpaque(context).takeUnretainedValue()
    return state.dispatch(thread, Int(index))
}
