import LuaBridge

/// The `text` library scripts see: ``TextAnalysis`` offered to Lua.
///
/// Each call charges the instruction budget in proportion to the text it reads, so text analysis is
/// no way around the budget, and refuses texts over a megabyte.
enum TextLibrary {
    static let maximumLength = 1024 * 1024
    static let maximumPhraseLength = 1024

    static func functions(charge: @escaping (Int) -> Void) -> [String: LuaHostFunction] {
        func checkedText(_ name: String, _ arguments: [LuaValue]) throws -> String {
            guard case .string(let text)? = arguments.first else {
                throw SandboxError("text.\(name) expects a string, got \(arguments.first?.typeName ?? "nothing")")
            }
            guard text.utf8.count <= maximumLength else {
                throw SandboxError("text.\(name): the text is longer than 1 MiB")
            }
            charge(text.utf8.count / 2 + 16)
            return text
        }
        func analysis(_ name: String, _ arguments: [LuaValue]) throws -> TextAnalysis {
            TextAnalysis(try checkedText(name, arguments))
        }
        func phrase(_ name: String, _ arguments: [LuaValue]) throws -> String {
            guard arguments.count > 1, case .string(let phrase) = arguments[1] else {
                throw SandboxError("text.\(name) expects a phrase as its second argument")
            }
            try checkPhrase(name, phrase)
            charge(searchCost(arguments[0], [phrase]))
            return phrase
        }
        func checkPhrase(_ name: String, _ phrase: String) throws {
            guard phrase.utf8.count <= maximumPhraseLength else {
                throw SandboxError("text.\(name): a phrase is longer than \(maximumPhraseLength) bytes")
            }
        }
        /// Phrase search compares each phrase at every position of the text.
        func searchCost(_ text: LuaValue, _ phrases: [String]) -> Int {
            let length = text.stringValue?.utf8.count ?? 0
            return phrases.reduce(0) { $0 + length * max(1, $1.utf8.count) / 16 }
        }
        return [
            "lower": { arguments in
                [.string(try checkedText("lower", arguments).lowercased())]
            },
            "words": { arguments in
                [.list(try analysis("words", arguments).words().map(LuaValue.string))]
            },
            "sentences": { arguments in
                [.list(try analysis("sentences", arguments).sentences().map(LuaValue.string))]
            },
            "find": { arguments in
                let spans = try analysis("find", arguments).find(try phrase("find", arguments))
                return [.list(spans.map(luaValue))]
            },
            "count": { arguments in
                [.number(try analysis("count", arguments).find(try phrase("count", arguments)).count)]
            },
            "find_any": { arguments in
                let text = try analysis("find_any", arguments)
                guard arguments.count > 1, case .table(let list) = arguments[1] else {
                    throw SandboxError("text.find_any expects a list of phrases as its second argument")
                }
                let phrases = list.array.compactMap(\.stringValue)
                for phrase in phrases { try checkPhrase("find_any", phrase) }
                charge(searchCost(arguments[0], phrases))
                return [text.findAny(phrases).map(luaValue) ?? .nil]
            },
            "numbers": { arguments in
                [.list(try analysis("numbers", arguments).numbers().map(luaValue))]
            },
            "percentages": { arguments in
                [.list(try analysis("percentages", arguments).percentages().map(luaValue))]
            },
            "timeframes": { arguments in
                [.list(try analysis("timeframes", arguments).timeFrames().map(luaValue))]
            },
        ]
    }

    static func luaValue(_ span: TextSpan) -> LuaValue {
        .record(["from": .number(span.from), "to": .number(span.to), "text": .string(span.text)])
    }

    static func luaValue(_ number: NumberMention) -> LuaValue {
        var fields = luaValue(number.span).tableValue!.fields
        fields["value"] = number.value == number.value.rounded() && abs(number.value) < 1e15
            ? .integer(Int64(number.value)) : .number(number.value)
        return .record(fields)
    }

    static func luaValue(_ frame: TimeFrame) -> LuaValue {
        var fields = luaValue(frame.span).tableValue!.fields
        if let days = frame.days { fields["days"] = .number(days) }
        if let term = frame.term { fields["term"] = .string(term) }
        return .record(fields)
    }
}

extension LuaSandbox {
    /// A sandbox for plugins, with the host's libraries (`text`) that scenarios see.
    ///
    /// Scenario loading and the flag model's trainer both read plugins; they must see the same globals.
    /// - Parameters:
    ///   - moduleRoots: the folders `require` may load from.
    ///   - limits: the Lua state's instruction budget and memory cap.
    /// - Throws: ``LuaBridgeError`` when the state cannot be made.
    public static func forPlugins(moduleRoots: [String], limits: LuaConfiguration = LuaConfiguration()) throws -> LuaSandbox {
        let state = try LuaState(configuration: limits)
        return try LuaSandbox(state: state, configuration: .init(
            moduleRoots: moduleRoots,
            hostLibraries: ["text": TextLibrary.functions(charge: { [unowned state] in state.charge($0) })]))
    }
}
