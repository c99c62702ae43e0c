import Foundation

/// A Lua module that a sandbox loaded, with its bytes, so the caller can hash and record it.
public struct LoadedModule: Sendable, Equatable {
    /// The name it was required by (`red_flags`), or the script's path for a top-level script.
    public let name: String
    /// The path shown to people (relative to the current folder when inside it).
    public let displayPath: String
    public let bytes: [UInt8]
}

/// Runs untrusted scripts with only the safe parts of Lua (see ``SandboxPolicy``).
///
/// Each script gets its own environment whose library tables are read-only proxies, so one script
/// cannot change what another sees. `require` loads Lua source only from the configured folders, by
/// module name, with no path escaping them (symbolic links included).
public final class LuaSandbox {
    /// Where modules come from and what the host adds.
    public struct Configuration {
        /// Folders `require` may load from, searched in order.
        public var moduleRoots: [String]
        /// Libraries the host adds (`text`), each a table of functions.
        public var hostLibraries: [String: [String: LuaHostFunction]]
        /// Where `print` goes (standard error by default).
        public var print: (String) -> Void
        /// The largest script or module accepted, in bytes.
        public var maximumScriptSize: Int

        public init(moduleRoots: [String] = [], hostLibraries: [String: [String: LuaHostFunction]] = [:],
                    print: @escaping (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) },
                    maximumScriptSize: Int = 1024 * 1024) {
            self.moduleRoots = moduleRoots
            self.hostLibraries = hostLibraries
            self.print = print
            self.maximumScriptSize = maximumScriptSize
        }
    }

    public let state: LuaState
    public let policy: SandboxPolicy
    private let configuration: Configuration
    private var shared: [String: LuaValue] = [:]
    private var libraryTables: [String: LuaReference] = [:]
    private var modules: [String: LuaReference] = [:]
    /// Makes reading a removed global say why it is missing.
    private var environmentMetatable: LuaReference!
    private var loading: [String] = []
    /// False once the host has recorded what was loaded: later `require` calls may only return
    /// modules already loaded.
    public var acceptsNewModules = true
    /// Every script and module loaded so far, in order.
    public private(set) var loaded: [LoadedModule] = []

    /// Builds the sandbox on a fresh state.
    /// - Throws: ``LuaBridgeError`` when the state cannot be prepared.
    public init(state: LuaState, configuration: Configuration, policy: SandboxPolicy = .standard) throws {
        self.state = state
        self.configuration = configuration
        self.policy = policy
        try prepare()
    }

    private func prepare() throws {
        for entry in policy.globals where entry.decision == .allowed && !policy.libraries.contains(entry.name) {
            shared[entry.name] = .reference(state.globalReference(entry.name))
        }
        for entry in policy.globals where entry.decision == .guarded {
            shared[entry.name] = state.guardedFunction(named: entry.name)
        }
        shared["require"] = state.function { [unowned self] arguments in
            guard case .string(let name)? = arguments.first else {
                throw SandboxError("require expects a module name")
            }
            return [.reference(try self.require(name))]
        }
        shared["print"] = state.function { [unowned self] arguments in
            let line = arguments.map(Self.displayValue).joined(separator: "\t")
            self.state.charge(line.utf8.count / 4)
            self.configuration.print(line)
            return []
        }
        for library in policy.libraries {
            let original = state.globalReference(library)
            let copy = state.newTable()
            for entry in policy.libraryMembers where entry.decision == .removed && entry.name.hasPrefix(library + ".") {
                try state.rawSet(copy, String(entry.name.dropFirst(library.count + 1)), state.unavailableFunction(named: entry.name))
            }
            for member in state.keys(of: original) {
                let name = "\(library).\(member)"
                switch policy.decision(forMember: name) {
                case .removed:
                    try state.rawSet(copy, member, state.unavailableFunction(named: name))
                case .guarded:
                    let value = state.guardedFunction(named: name) ?? .reference(state.rawGetReference(original, member))
                    try state.rawSet(copy, member, value)
                case .allowed, .replaced:
                    try state.rawSet(copy, member, .reference(state.rawGetReference(original, member)))
                }
            }
            libraryTables[library] = copy
        }
        let removed = Dictionary(uniqueKeysWithValues: policy.globals.filter { $0.decision == .removed }.map { ($0.name, $0.reason) })
        environmentMetatable = state.newTable()
        try state.rawSet(environmentMetatable, "__index", state.function { arguments in
            guard arguments.count > 1, case .string(let name) = arguments[1], let reason = removed[name] else { return [.nil] }
            throw SandboxError("\(name) is not available to scenarios and plugins (\(reason))")
        })
        try state.rawSet(environmentMetatable, "__metatable", .boolean(false))
        for (library, functions) in configuration.hostLibraries {
            let table = state.newTable()
            for (name, body) in functions { try state.rawSet(table, name, state.function(body)) }
            libraryTables[library] = table
        }
    }

    /// Creates a fresh environment for one script: the allowed globals, and its own read-only proxy
    /// of each library.
    public func newEnvironment() throws -> LuaReference {
        let environment = state.newTable()
        for (name, value) in shared { try state.rawSet(environment, name, value) }
        for (name, table) in libraryTables {
            let proxy = state.newTable()
            state.makeReadOnlyProxy(proxy, over: table, name: name)
            try state.rawSet(environment, name, .reference(proxy))
        }
        try state.rawSet(environment, "_G", .reference(environment))
        state.setMetatable(environment, environmentMetatable)
        return environment
    }

    /// Loads and runs a script file in a fresh environment and returns what it returned.
    /// - Parameter path: the file's path, as the user gave it (used in messages).
    /// - Throws: ``SandboxError`` when the file cannot be read; ``LuaBridgeError`` for the script's errors.
    public func run(scriptAt path: String) throws -> [LuaValue] {
        let bytes = try readScript(at: path, displayPath: path)
        loaded.append(LoadedModule(name: path, displayPath: path, bytes: bytes))
        let chunk = try state.load(bytes, chunkName: path, environment: try newEnvironment())
        return try state.call(chunk)
    }

    /// Loads a module by name, once: later calls return the same value.
    /// - Throws: ``SandboxError`` for a bad name, a missing module or a cycle; a module's own errors as
    ///   ``LuaLocatedError``.
    public func require(_ name: String) throws -> LuaReference {
        if let module = modules[name] { return module }
        guard acceptsNewModules else {
            throw SandboxError("require('\(name)') must run while the scenario loads (at the top of a file), so that every module is known before the session starts")
        }
        guard Self.isValidModuleName(name) else {
            throw SandboxError("invalid module name '\(name)': use names like 'red_flags' or 'lib.words'")
        }
        if loading.contains(name) {
            throw SandboxError("require cycle: \((loading + [name]).joined(separator: " -> "))")
        }
        let path = try resolve(name)
        let displayPath = Self.displayPath(path)
        let bytes = try readScript(at: path, displayPath: displayPath)
        loaded.append(LoadedModule(name: name, displayPath: displayPath, bytes: bytes))
        loading.append(name)
        defer { loading.removeLast() }
        do {
            let chunk = try state.load(bytes, chunkName: displayPath, environment: try newEnvironment())
            var module = try state.callKeepingResult(chunk, [.string(name)])
            if try state.value(of: module) == .nil { module = try state.reference(to: .boolean(true)) }
            modules[name] = module
            return module
        } catch let error as LuaBridgeError {
            throw LuaLocatedError(error.description)  // the module's own file and line
        }
    }

    private func resolve(_ name: String) throws -> String {
        let relative = name.split(separator: ".").joined(separator: "/") + ".lua"
        for root in configuration.moduleRoots {
            let candidate = (root as NSString).appendingPathComponent(relative)
            guard FileManager.default.fileExists(atPath: candidate) else { continue }
            let realRoot = Self.realPath(root)
            let realFile = Self.realPath(candidate)
            guard realFile.hasPrefix(realRoot.hasSuffix("/") ? realRoot : realRoot + "/") else {
                throw SandboxError("module '\(name)' resolves outside \(root)")
            }
            return candidate
        }
        let folders = configuration.moduleRoots.map(Self.displayPath).joined(separator: ", ")
        throw SandboxError("module '\(name)' not found in \(folders.isEmpty ? "any folder" : folders)")
    }

    private func readScript(at path: String, displayPath: String) throws -> [UInt8] {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw SandboxError("\(displayPath): cannot read the file")
        }
        defer { try? handle.close() }
        let data = (try? handle.read(upToCount: configuration.maximumScriptSize + 1)) ?? Data()
        guard data.count <= configuration.maximumScriptSize else {
            throw SandboxError("\(displayPath): larger than \(configuration.maximumScriptSize / 1024) KiB")
        }
        return [UInt8](data)
    }

    static func isValidModuleName(_ name: String) -> Bool {
        let parts = name.split(separator: ".", omittingEmptySubsequences: false)
        return !parts.isEmpty && parts.allSatisfy { part in
            guard let first = part.first, first.isASCII, first.isLetter || first == "_" else { return false }
            return part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_" || $0 == "-") }
        }
    }

    static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// A path relative to the current folder when it is inside it, so messages read `Plugins/x.lua`.
    public static func displayPath(_ path: String) -> String {
        let absolute = (path as NSString).isAbsolutePath
            ? path : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path)
        let standard = (absolute as NSString).standardizingPath
        let current = (FileManager.default.currentDirectoryPath as NSString).standardizingPath
        if standard.hasPrefix(current + "/") { return String(standard.dropFirst(current.count + 1)) }
        return standard
    }

    /// A value as `print` shows it.
    public static func displayValue(_ value: LuaValue) -> String {
        switch value {
        case .nil: "nil"
        case .boolean(let b): b ? "true" : "false"
        case .integer(let i): String(i)
        case .number(let d): String(d)
        case .string(let s): s
        case .table: "table"
        case .function: "function"
        case .reference: "value"
        }
    }
}

/// A sandbox refusal (a missing module, a bad name); its message is shown at the script's line.
public struct SandboxError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
