/// A Lua value copied into Swift.
///
/// Values cross the bridge by copy, so Swift never holds a pointer into the Lua heap. Functions (and any
/// value that must keep its identity, such as a module table) travel as a ``LuaReference``: a slot in
/// the state's registry.
public enum LuaValue: Equatable, Sendable {
    case `nil`
    case boolean(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case table(LuaTable)
    case function(LuaReference)
    /// Any other value kept by identity (a table whose identity matters, userdata, a coroutine).
    case reference(LuaReference)

    /// The Lua type name, as `type(v)` would say it (references say "value").
    public var typeName: String {
        switch self {
        case .nil: "nil"
        case .boolean: "boolean"
        case .integer, .number: "number"
        case .string: "string"
        case .table: "table"
        case .function: "function"
        case .reference: "value"
        }
    }

    public var isNil: Bool { self == .nil }

    public var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// The value as a number, for integers and floats alike.
    public var doubleValue: Double? {
        switch self {
        case .integer(let i): Double(i)
        case .number(let d): d
        default: nil
        }
    }

    public var tableValue: LuaTable? {
        if case .table(let t) = self { return t }
        return nil
    }

    public var functionValue: LuaReference? {
        if case .function(let f) = self { return f }
        return nil
    }

    public var boolValue: Bool? {
        if case .boolean(let b) = self { return b }
        return nil
    }

    /// Lua truthiness: everything but nil and false is true.
    public var isTruthy: Bool {
        switch self {
        case .nil: false
        case .boolean(let b): b
        default: true
        }
    }
}

/// A Lua table copied into Swift: its sequence part and its string-keyed fields.
///
/// Keys of other kinds (floats, booleans, tables, integers outside the sequence) are counted in
/// ``otherKeyCount`` so that shape checks can still reject them.
public struct LuaTable: Equatable, Sendable {
    public var array: [LuaValue]
    public var fields: [String: LuaValue]
    public var otherKeyCount: Int

    public init(array: [LuaValue] = [], fields: [String: LuaValue] = [:], otherKeyCount: Int = 0) {
        self.array = array
        self.fields = fields
        self.otherKeyCount = otherKeyCount
    }

    public subscript(key: String) -> LuaValue {
        fields[key] ?? .nil
    }
}

/// A value kept alive in a state's registry, by identity.
public struct LuaReference: Hashable, Sendable {
    let slot: Int32
    let stateID: ObjectIdentifier
}

extension LuaValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
    ExpressibleByFloatLiteral, ExpressibleByNilLiteral
{
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(booleanLiteral value: Bool) { self = .boolean(value) }
    public init(floatLiteral value: Double) { self = .number(value) }
    public init(nilLiteral: ()) { self = .nil }
}

extension LuaValue {
    /// A table value with only string keys.
    public static func record(_ fields: [String: LuaValue]) -> LuaValue {
        .table(LuaTable(fields: fields))
    }

    /// A table value holding a sequence.
    public static func list(_ items: [LuaValue]) -> LuaValue {
        .table(LuaTable(array: items))
    }

    /// An integer when the number is whole, else a float.
    public static func number(_ value: Int) -> LuaValue { .integer(Int64(value)) }
}
