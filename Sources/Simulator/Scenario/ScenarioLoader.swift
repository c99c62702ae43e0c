import LuaBridge

/// Checks the table a scenario file returned and turns it into a ``Scenario``.
///
/// Lua tables keep no line numbers, so a problem is placed by finding the offending key or id in the
/// file's text: the message then reads like a compiler's, `Scenarios/x.lua:14: …`.
struct ScenarioLoader {
    let path: String
    let source: String

    static let scenarioKeys = ["id", "title", "role", "description", "company", "plugins",
                               "max_followup_depth", "questions", "feedback"]
    static let companyKeys = ["name", "known_for", "values", "growth_paths"]
    static let questionKeys = ["id", "text", "example", "why", "advice", "evaluate", "followups", "next"]
    static let followupKeys = ["id", "text", "example", "why", "advice", "evaluate", "followups", "when"]
    static let poolKeys = ["pool", "pick", "questions"]
    static let ruleKeys = ["contains", "missing", "flag", "flags", "score_below"]
    static let maximumFollowupDepth = 5

    func load(_ value: LuaValue) throws -> Scenario {
        guard case .table(let table) = value else {
            throw error("the scenario must return a table (got \(value.typeName))", near: nil, in: "the scenario")
        }
        try checkKeys(table, allowed: Self.scenarioKeys, at: "the scenario")
        let id = try requiredString(table, "id", at: "the scenario")
        guard Self.isIdentifier(id) else {
            throw error("scenario id '\(id)' must be lower-case letters, digits and dashes", near: "id")
        }
        let companyTable = try requiredTable(table, "company", at: "the scenario")
        try checkKeys(companyTable, allowed: Self.companyKeys, at: "company")
        let company = Scenario.Company(
            name: try requiredString(companyTable, "name", at: "company"),
            knownFor: try optionalString(companyTable, "known_for", at: "company"),
            values: try stringList(companyTable, "values", at: "company"),
            growthPaths: try stringList(companyTable, "growth_paths", at: "company"))
        let depth = try optionalNumber(table, "max_followup_depth", at: "the scenario") ?? 2
        guard depth >= 0, depth <= Double(Self.maximumFollowupDepth), depth == depth.rounded() else {
            throw error("max_followup_depth must be a whole number from 0 to \(Self.maximumFollowupDepth)",
                        near: "max_followup_depth")
        }
        let questionsTable = try requiredTable(table, "questions", at: "the scenario")
        guard !questionsTable.array.isEmpty else {
            throw error("questions must list at least one question", near: "questions")
        }
        var items: [Scenario.Item] = []
        for (index, entry) in questionsTable.array.enumerated() {
            let place = "questions[\(index + 1)]"
            guard case .table(let itemTable) = entry else {
                throw error("\(place) must be a table (got \(entry.typeName))", near: "questions")
            }
            if itemTable.fields["pool"] != nil {
                items.append(.pool(try pool(itemTable, at: place)))
            } else {
                items.append(.question(try question(itemTable, at: place, isFollowup: false, depth: 0)))
            }
        }
        var scenario = Scenario(
            id: id,
            title: try requiredString(table, "title", at: "the scenario"),
            role: try requiredString(table, "role", at: "the scenario"),
            description: try optionalString(table, "description", at: "the scenario"),
            company: company,
            plugins: try stringList(table, "plugins", at: "the scenario"),
            maxFollowupDepth: Int(depth),
            items: items,
            feedback: try optionalFunction(table, "feedback", at: "the scenario"),
            path: path)
        try checkIDs(&scenario)
        return scenario
    }

    private func pool(_ table: LuaTable, at place: String) throws -> Scenario.Pool {
        try checkKeys(table, allowed: Self.poolKeys, at: place)
        let name = try requiredString(table, "pool", at: place)
        let list = try requiredTable(table, "questions", at: "pool '\(name)'")
        let questions = try list.array.enumerated().map { index, entry -> Scenario.Question in
            guard case .table(let questionTable) = entry else {
                throw error("pool '\(name)' questions[\(index + 1)] must be a table", near: "pool")
            }
            return try question(questionTable, at: "pool '\(name)' questions[\(index + 1)]", isFollowup: false, depth: 0)
        }
        guard !questions.isEmpty else { throw error("pool '\(name)' has no questions", near: "pool") }
        let pick = try optionalNumber(table, "pick", at: place) ?? 1
        guard pick >= 1, pick <= Double(questions.count), pick == pick.rounded() else {
            throw error("pool '\(name)' picks \(pick.formatted) of \(questions.count) questions; pick must be 1 to \(questions.count)",
                        near: "pick")
        }
        return Scenario.Pool(name: name, pick: Int(pick), questions: questions)
    }

    private func question(_ table: LuaTable, at place: String, isFollowup: Bool, depth: Int) throws -> Scenario.Question {
        try checkKeys(table, allowed: isFollowup ? Self.followupKeys : Self.questionKeys, at: place)
        let id = try requiredString(table, "id", at: place)
        guard Self.isIdentifier(id) else {
            throw error("question id '\(id)' must be lower-case letters, digits and dashes", nearString: id)
        }
        let here = "question '\(id)'"
        var followups: [Scenario.Followup] = []
        if let list = try optionalTable(table, "followups", at: here) {
            guard depth < Self.maximumFollowupDepth else {
                throw error("\(here): follow-ups nest deeper than \(Self.maximumFollowupDepth) levels", nearString: id)
            }
            for (index, entry) in list.array.enumerated() {
                let followPlace = "\(here) followups[\(index + 1)]"
                guard case .table(let followTable) = entry else {
                    throw error("\(followPlace) must be a table", nearString: id)
                }
                let followup = try question(followTable, at: followPlace, isFollowup: true, depth: depth + 1)
                followups.append(Scenario.Followup(question: followup,
                                                   condition: try condition(followTable["when"], at: "question '\(followup.id)'")))
            }
        }
        var next: Scenario.Jump?
        switch table["next"] {
        case .nil: next = nil
        case .string(let target): next = .question(target)
        case .function(let function): next = .function(function)
        default: throw error("\(here): next must be a question id or a function", near: "next")
        }
        var advice: [String: String] = [:]
        if let adviceTable = try optionalTable(table, "advice", at: here) {
            for (flag, value) in adviceTable.fields {
                guard Self.isIdentifier(flag), case .string(let text) = value, !text.isEmpty else {
                    throw error("\(here): advice maps red flag ids to advice, as { [\"cliche-answer\"] = \"…\" }", near: "advice")
                }
                advice[flag] = text
            }
            guard adviceTable.array.isEmpty, adviceTable.otherKeyCount == 0 else {
                throw error("\(here): advice maps red flag ids to advice, as { [\"cliche-answer\"] = \"…\" }", near: "advice")
            }
        }
        return Scenario.Question(
            id: id,
            text: try requiredString(table, "text", at: here),
            example: try optionalString(table, "example", at: here),
            why: try optionalString(table, "why", at: here),
            advice: advice,
            evaluate: try optionalFunction(table, "evaluate", at: here),
            followups: followups,
            next: next)
    }

    private func condition(_ value: LuaValue, at place: String) throws -> Scenario.Condition {
        switch value {
        case .function(let function): return .function(function)
        case .table(let table):
            try checkKeys(table, allowed: Self.ruleKeys, at: "\(place) when")
            var rules = Scenario.Rules()
            rules.contains = try stringList(table, "contains", at: "\(place) when")
            rules.missing = try stringList(table, "missing", at: "\(place) when")
            rules.flags = try stringList(table, "flags", at: "\(place) when")
            if let flag = try optionalString(table, "flag", at: "\(place) when") { rules.flags.append(flag) }
            rules.scoreBelow = try optionalNumber(table, "score_below", at: "\(place) when")
            guard rules != Scenario.Rules() else {
                throw error("\(place): 'when' is empty; give contains, missing, flag(s) or score_below", near: "when")
            }
            return .rules(rules)
        case .nil:
            throw error("\(place) is a follow-up without 'when': say when to ask it", near: "followups")
        default:
            throw error("\(place): 'when' must be a table of conditions or a function", near: "when")
        }
    }

    /// Ids must be unique, and every jump must lead to a top-level question.
    private func checkIDs(_ scenario: inout Scenario) throws {
        var seen: Set<String> = []
        func visit(_ question: Scenario.Question) throws {
            guard seen.insert(question.id).inserted else {
                throw error("question id '\(question.id)' is used twice; ids must be unique", nearString: question.id, occurrence: 2)
            }
            for followup in question.followups { try visit(followup.question) }
        }
        for question in scenario.topLevelQuestions { try visit(question) }
        let topLevel = Set(scenario.topLevelQuestions.map(\.id))
        for question in scenario.topLevelQuestions {
            if case .question(let target)? = question.next, !topLevel.contains(target) {
                let hint = Self.suggestion(for: target, among: Array(topLevel)).map { " (did you mean '\($0)'?)" } ?? ""
                throw error("question '\(question.id)' jumps to '\(target)', which is not a top-level question\(hint)",
                            nearString: target)
            }
        }
    }

    // MARK: - Field access

    private func checkKeys(_ table: LuaTable, allowed: [String], at place: String) throws {
        for key in table.fields.keys.sorted() where !allowed.contains(key) {
            let hint = Self.suggestion(for: key, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            throw error("unknown key '\(key)' in \(place)\(hint)", near: key)
        }
        if !table.array.isEmpty || table.otherKeyCount > 0 {
            throw error("\(place) must have only named keys (\(allowed.joined(separator: ", ")))", near: nil, in: place)
        }
    }

    private func requiredString(_ table: LuaTable, _ key: String, at place: String) throws -> String {
        guard let value = try optionalString(table, key, at: place) else {
            throw error("\(place) needs '\(key)' (a string)", near: nil, in: place)
        }
        return value
    }

    private func optionalString(_ table: LuaTable, _ key: String, at place: String) throws -> String? {
        switch table[key] {
        case .nil: return nil
        case .string(let value):
            guard !value.trimmingWhitespace().isEmpty else { throw error("\(place): '\(key)' is empty", near: key) }
            return value
        case let other: throw error("\(place): '\(key)' must be a string (got \(other.typeName))", near: key)
        }
    }

    private func optionalNumber(_ table: LuaTable, _ key: String, at place: String) throws -> Double? {
        switch table[key] {
        case .nil: return nil
        case .integer, .number: return table[key].doubleValue
        case let other: throw error("\(place): '\(key)' must be a number (got \(other.typeName))", near: key)
        }
    }

    private func requiredTable(_ table: LuaTable, _ key: String, at place: String) throws -> LuaTable {
        guard let value = try optionalTable(table, key, at: place) else {
            throw error("\(place) needs '\(key)' (a table)", near: nil, in: place)
        }
        return value
    }

    private func optionalTable(_ table: LuaTable, _ key: String, at place: String) throws -> LuaTable? {
        switch table[key] {
        case .nil: return nil
        case .table(let value): return value
        case let other: throw error("\(place): '\(key)' must be a table (got \(other.typeName))", near: key)
        }
    }

    private func optionalFunction(_ table: LuaTable, _ key: String, at place: String) throws -> LuaReference? {
        switch table[key] {
        case .nil: return nil
        case .function(let function): return function
        case let other: throw error("\(place): '\(key)' must be a function (got \(other.typeName))", near: key)
        }
    }

    private func stringList(_ table: LuaTable, _ key: String, at place: String) throws -> [String] {
        guard let list = try optionalTable(table, key, at: place) else { return [] }
        let strings = list.array.compactMap(\.stringValue)
        guard list.fields.isEmpty, list.otherKeyCount == 0, strings.count == list.array.count else {
            throw error("\(place): '\(key)' must be a list of strings", near: key)
        }
        return strings
    }

    // MARK: - Messages

    /// An error placed at the line assigning `key`, or else at the line where `place` starts.
    private func error(_ message: String, near key: String?, in place: String? = nil) -> SimulatorError {
        let locator = SourceLocator(source)
        let line = key.flatMap { locator.line(ofKey: $0) } ?? place.flatMap { locator.line(of: $0) }
        return .scenario(located(message, line: line))
    }

    private func error(_ message: String, nearString value: String, occurrence: Int = 1) -> SimulatorError {
        .scenario(located(message, line: SourceLocator(source).line(ofString: value, occurrence: occurrence)))
    }

    private func located(_ message: String, line: Int?) -> String {
        line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)"
    }

    static func isIdentifier(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a" ... "z").contains($0) || ("0" ... "9").contains($0) || $0 == "-" || $0 == "_" }
    }

    /// The closest of `candidates` to a misspelt `word`, if one is close enough to be what was meant.
    static func suggestion(for word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { ($0, editDistance(word.lowercased(), $0.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(1, word.count / 3) else { return nil }
        return best.0
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0 ... b.count)
        for i in 1 ... max(a.count, 1) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}

/// Finds where a key or a quoted string stands in a Lua file's text.
struct SourceLocator {
    let lines: [Substring]

    init(_ source: String) {
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The first line that assigns `key` (`key =`, not `key ==`).
    func line(ofKey key: String) -> Int? {
        for (index, line) in lines.enumerated() {
            var rest = line[...]
            while let range = rest.range(of: key) {
                let before = rest[..<range.lowerBound].last
                let after = rest[range.upperBound...].drop { $0 == " " || $0 == "\t" }
                let boundary = before.map { !($0.isLetter || $0.isNumber || $0 == "_") } ?? true
                if boundary, after.hasPrefix("="), !after.hasPrefix("==") { return index + 1 }
                rest = rest[range.upperBound...]
            }
        }
        return nil
    }

    /// Where a place named in a message starts: the returned table for "the scenario", a question by its
    /// quoted id, `questions[n]` by the questions list, a pool by its quoted name.
    func line(of place: String) -> Int? {
        if place == "the scenario" {
            return lines.lastIndex { $0.drop { $0 == " " || $0 == "\t" }.hasPrefix("return") }.map { $0 + 1 }
        }
        if let quoted = place.split(separator: "'").dropFirst().first, place.hasPrefix("question") || place.hasPrefix("pool") {
            return line(ofString: String(quoted))
        }
        if place.hasPrefix("questions[") { return line(ofKey: "questions") }
        return line(ofKey: place)
    }

    /// The line of the nth occurrence of `value` as a quoted string.
    func line(ofString value: String, occurrence: Int = 1) -> Int? {
        var seen = 0
        for (index, line) in lines.enumerated() where line.contains("\"\(value)\"") || line.contains("'\(value)'") {
            seen += 1
            if seen == occurrence { return index + 1 }
        }
        return nil
    }
}

extension Double {
    /// Whole numbers without ".0"; others (and huge ones) as Swift prints them.
    var formatted: String { self == rounded() && abs(self) < 9e15 ? String(Int(self)) : String(self) }
}
