import LuaBridge

/// Checks the table a scenario file returned and turns it into a ``Scenario``.
///
/// Lua tables keep no line numbers, so a problem is placed by finding the offending key or id in the
/// file's text: the message then reads like a compiler's, `Scenarios/x.lua:14: …`.
final class ScenarioLoader {
    let path: String
    let source: String
    /// Every problem found, in the order found.
    private(set) var diagnostics: [Diagnostic] = []

    init(path: String, source: String) {
        self.path = path
        self.source = source
    }

    static let scenarioKeys = ["id", "title", "role", "description", "company", "plugins",
                               "max_followup_depth", "questions", "feedback", "tests"]
    static let companyKeys = ["name", "known_for", "values", "growth_paths"]
    static let questionKeys = ["id", "text", "example", "why", "advice", "evaluate", "followups", "next"]
    static let followupKeys = ["id", "text", "example", "why", "advice", "evaluate", "followups", "when"]
    static let poolKeys = ["pool", "pick", "questions"]
    static let ruleKeys = ["contains", "missing", "flag", "flags", "score_below"]
    static let maximumFollowupDepth = 5

    /// Checks the whole table, recording every problem it can find; returns the scenario when the
    /// table had no error (warnings aside).
    func load(_ value: LuaValue) -> Scenario? {
        guard case .table(let table) = value else {
            _ = attempt { throw error(.wrongType, "the scenario must return a table (got \(value.typeName))", near: nil, in: "the scenario") }
            return nil
        }
        _ = attempt { try checkKeys(table, allowed: Self.scenarioKeys, at: "the scenario") }
        let id = attempt { () throws -> String in
            let id = try requiredString(table, "id", at: "the scenario")
            guard Self.isIdentifier(id) else {
                throw error(.invalidValue, "scenario id '\(id)' must be lower-case letters, digits and dashes", near: "id")
            }
            return id
        }
        let title = attempt { try requiredString(table, "title", at: "the scenario") }
        let role = attempt { try requiredString(table, "role", at: "the scenario") }
        let description = attempt { try optionalString(table, "description", at: "the scenario") } ?? nil
        let company = attempt { () throws -> Scenario.Company in
            let companyTable = try requiredTable(table, "company", at: "the scenario")
            try checkKeys(companyTable, allowed: Self.companyKeys, at: "company")
            return Scenario.Company(
                name: try requiredString(companyTable, "name", at: "company"),
                knownFor: try optionalString(companyTable, "known_for", at: "company"),
                values: try stringList(companyTable, "values", at: "company"),
                growthPaths: try stringList(companyTable, "growth_paths", at: "company"))
        }
        let depth = attempt { () throws -> Int in
            let depth = try optionalNumber(table, "max_followup_depth", at: "the scenario") ?? 2
            guard depth >= 0, depth <= Double(Self.maximumFollowupDepth), depth == depth.rounded() else {
                throw error(.invalidValue, "max_followup_depth must be a whole number from 0 to \(Self.maximumFollowupDepth)",
                            near: "max_followup_depth")
            }
            return Int(depth)
        }
        let plugins = attempt { try stringList(table, "plugins", at: "the scenario") }
        let feedback = attempt { try optionalFunction(table, "feedback", at: "the scenario") } ?? nil
        var items: [Scenario.Item] = []
        if let questionsTable = attempt({ try requiredTable(table, "questions", at: "the scenario") }) {
            if questionsTable.array.isEmpty {
                _ = attempt { throw error(.invalidValue, "questions must list at least one question", near: "questions") }
            }
            for (index, entry) in questionsTable.array.enumerated() {
                let place = "questions[\(index + 1)]"
                let item = attempt { () throws -> Scenario.Item in
                    guard case .table(let itemTable) = entry else {
                        throw error(.wrongType, "\(place) must be a table (got \(entry.typeName))", near: "questions")
                    }
                    if itemTable.fields["pool"] != nil { return .pool(try pool(itemTable, at: place)) }
                    return .question(try question(itemTable, at: place, isFollowup: false, depth: 0))
                }
                if let item { items.append(item) }
            }
        }
        guard let id, let title, let role, let company, let depth, let plugins,
            !diagnostics.contains(where: { $0.severity == .error })
        else { return nil }
        var scenario = Scenario(id: id, title: title, role: role, description: description, company: company,
                                plugins: plugins, maxFollowupDepth: depth, items: items, feedback: feedback, path: path)
        if table["tests"] != .nil {
            scenario.tests = attempt { () throws -> LuaValue in
                guard let list = table["tests"].tableValue, list.fields.isEmpty, !list.array.isEmpty else {
                    throw error(.wrongType, "tests must be a list of test cases { answers = { … }, expect = { … } }", near: "tests")
                }
                return table["tests"]
            }
        }
        checkIDs(scenario)
        warnAboutReach(scenario)
        return diagnostics.contains(where: { $0.severity == .error }) ? nil : scenario
    }

    private func pool(_ table: LuaTable, at place: String) throws -> Scenario.Pool {
        try checkKeys(table, allowed: Self.poolKeys, at: place)
        let name = try requiredString(table, "pool", at: place)
        let list = try requiredTable(table, "questions", at: "pool '\(name)'")
        let questions = list.array.enumerated().compactMap { index, entry in
            attempt { () throws -> Scenario.Question in
                guard case .table(let questionTable) = entry else {
                    throw error(.wrongType, "pool '\(name)' questions[\(index + 1)] must be a table", near: "pool")
                }
                return try question(questionTable, at: "pool '\(name)' questions[\(index + 1)]", isFollowup: false, depth: 0)
            }
        }
        guard !list.array.isEmpty else { throw error(.invalidValue, "pool '\(name)' has no questions", nearString: name) }
        let pick = try optionalNumber(table, "pick", at: place) ?? 1
        guard pick >= 1, pick <= Double(list.array.count), pick == pick.rounded() else {
            throw error(.invalidValue, "pool '\(name)' picks \(pick.formatted) of \(list.array.count) questions; pick must be 1 to \(list.array.count)",
                        near: "pick")
        }
        return Scenario.Pool(name: name, pick: Int(pick), questions: questions)
    }

    private func question(_ table: LuaTable, at place: String, isFollowup: Bool, depth: Int) throws -> Scenario.Question {
        let id = try requiredString(table, "id", at: place)
        guard Self.isIdentifier(id) else {
            throw error(.invalidValue, "question id '\(id)' must be lower-case letters, digits and dashes", nearString: id)
        }
        let here = "question '\(id)'"
        _ = attempt { try checkKeys(table, allowed: isFollowup ? Self.followupKeys : Self.questionKeys, at: place) }
        var followups: [Scenario.Followup] = []
        if let list = attempt({ try optionalTable(table, "followups", at: here) }) ?? nil {
            if depth >= Self.maximumFollowupDepth {
                throw error(.nestedTooDeep, "\(here): follow-ups nest deeper than \(Self.maximumFollowupDepth) levels", nearString: id)
            }
            for (index, entry) in list.array.enumerated() {
                let followPlace = "\(here) followups[\(index + 1)]"
                let followup = attempt { () throws -> Scenario.Followup in
                    guard case .table(let followTable) = entry else {
                        throw error(.wrongType, "\(followPlace) must be a table", nearString: id)
                    }
                    let followup = try question(followTable, at: followPlace, isFollowup: true, depth: depth + 1)
                    return Scenario.Followup(question: followup, condition: try condition(followTable["when"], at: "question '\(followup.id)'"))
                }
                if let followup { followups.append(followup) }
            }
        }
        var next: Scenario.Jump?
        switch table["next"] {
        case .nil: next = nil
        case .string(let target): next = .question(target)
        case .function(let function): next = .function(function)
        default: throw error(.wrongType, "\(here): next must be a question id or a function", near: "next")
        }
        var advice: [String: String] = [:]
        if let adviceTable = try optionalTable(table, "advice", at: here) {
            for (flag, value) in adviceTable.fields {
                guard Self.isIdentifier(flag), case .string(let text) = value, !text.isEmpty else {
                    throw error(.wrongType, "\(here): advice maps red flag ids to advice, as { [\"cliche-answer\"] = \"…\" }", near: "advice")
                }
                advice[flag] = text
            }
            guard adviceTable.array.isEmpty, adviceTable.otherKeyCount == 0 else {
                throw error(.wrongType, "\(here): advice maps red flag ids to advice, as { [\"cliche-answer\"] = \"…\" }", near: "advice")
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
                throw error(.badCondition, "\(place): 'when' is empty; give contains, missing, flag(s) or score_below", near: "when")
            }
            return .rules(rules)
        case .nil:
            throw error(.badCondition, "\(place) is a follow-up without 'when': say when to ask it", near: "followups")
        default:
            throw error(.badCondition, "\(place): 'when' must be a table of conditions or a function", near: "when")
        }
    }

    /// Ids must be unique, and every jump must lead to a top-level question.
    private func checkIDs(_ scenario: Scenario) {
        var seen: Set<String> = []
        func visit(_ question: Scenario.Question) {
            if !seen.insert(question.id).inserted {
                _ = attempt {
                    throw error(.duplicateID, "question id '\(question.id)' is used twice; ids must be unique",
                                nearString: question.id, occurrence: 2)
                }
            }
            for followup in question.followups { visit(followup.question) }
        }
        for question in scenario.topLevelQuestions { visit(question) }
        let topLevel = Set(scenario.topLevelQuestions.map(\.id))
        for question in scenario.topLevelQuestions {
            if case .question(let target)? = question.next, !topLevel.contains(target) {
                let hint = Self.suggestion(for: target, among: Array(topLevel)).map { " (did you mean '\($0)'?)" } ?? ""
                _ = attempt {
                    throw error(.unknownQuestion, "question '\(question.id)' jumps to '\(target)', which is not a top-level question\(hint)",
                                nearString: target)
                }
            }
        }
    }

    /// Questions no path can reach, and questions a candidate would miss the point of.
    private func warnAboutReach(_ scenario: Scenario) {
        var occurrences: [String: Int] = [:]  // to place a warning on the right one of two equal ids
        func visit(_ question: Scenario.Question, depth: Int) {
            occurrences[question.id, default: 0] += 1
            if question.example == nil {
                diagnostics.append(warning(.noExample, "question '\(question.id)' has no example of a strong answer",
                                           nearString: question.id, occurrence: occurrences[question.id] ?? 1))
            }
            var earlier: [Scenario.Rules] = []
            for followup in question.followups {
                let id = followup.question.id
                if depth + 1 > scenario.maxFollowupDepth {
                    diagnostics.append(warning(.unreachable, "follow-up '\(id)' is deeper than max_followup_depth (\(scenario.maxFollowupDepth)) and is never asked", nearString: id))
                }
                if case .rules(let rules) = followup.condition {
                    if earlier.contains(rules) {
                        diagnostics.append(warning(.shadowed, "follow-up '\(id)' has the same condition as an earlier one, which is always asked instead", nearString: id))
                    }
                    if let never = Self.neverHolds(rules) {
                        diagnostics.append(warning(.neverHolds, "follow-up '\(id)' is never asked: \(never)", nearString: id))
                    }
                    earlier.append(rules)
                }
                visit(followup.question, depth: depth + 1)
            }
        }
        for question in scenario.topLevelQuestions { visit(question, depth: 0) }
    }

    /// Why a condition can never hold, if it cannot.
    static func neverHolds(_ rules: Scenario.Rules) -> String? {
        let contained = Set(rules.contains.map { $0.lowercased() })
        if let both = rules.missing.first(where: { contained.contains($0.lowercased()) }), rules.contains.count == 1 {
            return "it needs '\(both)' both present and missing"
        }
        if let below = rules.scoreBelow, below <= 0 { return "no score is below \(below.formatted)" }
        return nil
    }

    // MARK: - Field access

    private func checkKeys(_ table: LuaTable, allowed: [String], at place: String) throws {
        for key in table.fields.keys.sorted() where !allowed.contains(key) {
            let hint = Self.suggestion(for: key, among: allowed).map { " (did you mean '\($0)'?)" } ?? ""
            throw error(.unknownKey, "unknown key '\(key)' in \(place)\(hint)", near: key)
        }
        if !table.array.isEmpty || table.otherKeyCount > 0 {
            throw error(.wrongType, "\(place) must have only named keys (\(allowed.joined(separator: ", ")))", near: nil, in: place)
        }
    }

    private func requiredString(_ table: LuaTable, _ key: String, at place: String) throws -> String {
        guard let value = try optionalString(table, key, at: place) else {
            throw error(.missingKey, "\(place) needs '\(key)' (a string)", near: nil, in: place)
        }
        return value
    }

    private func optionalString(_ table: LuaTable, _ key: String, at place: String) throws -> String? {
        switch table[key] {
        case .nil: return nil
        case .string(let value):
            guard !value.trimmingWhitespace().isEmpty else { throw error(.invalidValue, "\(place): '\(key)' is empty", near: key) }
            return value
        case let other: throw error(.wrongType, "\(place): '\(key)' must be a string (got \(other.typeName))", near: key)
        }
    }

    private func optionalNumber(_ table: LuaTable, _ key: String, at place: String) throws -> Double? {
        switch table[key] {
        case .nil: return nil
        case .integer, .number: return table[key].doubleValue
        case let other: throw error(.wrongType, "\(place): '\(key)' must be a number (got \(other.typeName))", near: key)
        }
    }

    private func requiredTable(_ table: LuaTable, _ key: String, at place: String) throws -> LuaTable {
        guard let value = try optionalTable(table, key, at: place) else {
            throw error(.missingKey, "\(place) needs '\(key)' (a table)", near: nil, in: place)
        }
        return value
    }

    private func optionalTable(_ table: LuaTable, _ key: String, at place: String) throws -> LuaTable? {
        switch table[key] {
        case .nil: return nil
        case .table(let value): return value
        case let other: throw error(.wrongType, "\(place): '\(key)' must be a table (got \(other.typeName))", near: key)
        }
    }

    private func optionalFunction(_ table: LuaTable, _ key: String, at place: String) throws -> LuaReference? {
        switch table[key] {
        case .nil: return nil
        case .function(let function): return function
        case let other: throw error(.wrongType, "\(place): '\(key)' must be a function (got \(other.typeName))", near: key)
        }
    }

    private func stringList(_ table: LuaTable, _ key: String, at place: String) throws -> [String] {
        guard let list = try optionalTable(table, key, at: place) else { return [] }
        let strings = list.array.compactMap(\.stringValue)
        guard list.fields.isEmpty, list.otherKeyCount == 0, strings.count == list.array.count else {
            throw error(.wrongType, "\(place): '\(key)' must be a list of strings", near: key)
        }
        return strings
    }

    // MARK: - Messages

    /// An error placed at the line assigning `key`, or else at the line where `place` starts.
    private func error(_ code: DiagnosticCode, _ message: String, near key: String?, in place: String? = nil) -> Problem {
        let locator = SourceLocator(source)
        let position = key.flatMap { locator.position(ofKey: $0) } ?? place.flatMap { locator.line(of: $0) }.map { ($0, 1) }
        return Problem(Diagnostic(file: path, line: position?.0, column: position?.1, severity: .error, code: code, message: message))
    }

    private func error(_ code: DiagnosticCode, _ message: String, nearString value: String, occurrence: Int = 1) -> Problem {
        let position = SourceLocator(source).position(ofString: value, occurrence: occurrence)
        return Problem(Diagnostic(file: path, line: position?.0, column: position?.1, severity: .error, code: code, message: message))
    }

    private func warning(_ code: DiagnosticCode, _ message: String, nearString value: String, occurrence: Int = 1) -> Diagnostic {
        let position = SourceLocator(source).position(ofString: value, occurrence: occurrence)
        return Diagnostic(file: path, line: position?.0, column: position?.1, severity: .warning, code: code, message: message)
    }

    /// Runs one part of the check; a problem in it is recorded and the check goes on with the rest.
    private func attempt<T>(_ body: () throws -> T) -> T? {
        do { return try body() } catch let problem as Problem {
            diagnostics.append(problem.diagnostic)
        } catch {
            diagnostics.append(Diagnostic(file: path, line: nil, column: nil, severity: .error, code: .scriptError, message: "\(error)"))
        }
        return nil
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
    func line(ofKey key: String) -> Int? { position(ofKey: key)?.line }

    /// The line and column (both from 1) where `key` is first assigned.
    func position(ofKey key: String) -> (line: Int, column: Int)? {
        for (index, line) in lines.enumerated() {
            var rest = line[...]
            while let range = rest.range(of: key) {
                let before = rest[..<range.lowerBound].last
                let after = rest[range.upperBound...].drop { $0 == " " || $0 == "\t" }
                let boundary = before.map { !($0.isLetter || $0.isNumber || $0 == "_") } ?? true
                if boundary, after.hasPrefix("="), !after.hasPrefix("==") {
                    return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
                }
                rest = rest[range.upperBound...]
            }
        }
        return nil
    }

    /// The line and column of the nth occurrence of `value` as a quoted string (at its opening quote).
    func position(ofString value: String, occurrence: Int = 1) -> (line: Int, column: Int)? {
        var seen = 0
        for (index, line) in lines.enumerated() {
            for quoted in ["\"\(value)\"", "'\(value)'"] {
                var rest = line[...]
                while let range = rest.range(of: quoted) {
                    seen += 1
                    if seen == occurrence { return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1) }
                    rest = rest[range.upperBound...]
                }
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
        position(ofString: value, occurrence: occurrence)?.line
    }
}

extension Double {
    /// Whole numbers without ".0"; others (and huge ones) as Swift prints them.
    var formatted: String { self == rounded() && abs(self) < 9e15 ? String(Int(self)) : String(self) }
}
