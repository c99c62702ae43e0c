/// `simulate graph`: the question flow of a scenario, with its pools, follow-ups and jumps, as Graphviz
/// DOT or a Mermaid flowchart.
public enum ScenarioGraph {
    public enum Format: String, CaseIterable, Sendable {
        case dot
        case mermaid
    }

    struct Edge {
        var from: String
        var to: String
        var label: String?
        var style: Style

        enum Style { case order, followup, jump }
    }

    public static func render(_ scenario: Scenario, format: Format) -> String {
        var nodes: [(id: String, label: String)] = [("start", "start"), ("end", "end")]
        var edges: [Edge] = []
        var groups: [(name: String, members: [String])] = []
        var previous = ["start"]
        func addFollowups(of question: Scenario.Question) {
            for followup in question.followups {
                nodes.append((followup.question.id, followup.question.text))
                edges.append(Edge(from: question.id, to: followup.question.id, label: describe(followup.condition), style: .followup))
                addFollowups(of: followup.question)
            }
        }
        func addJump(of question: Scenario.Question) {
            switch question.next {
            case .question(let target): edges.append(Edge(from: question.id, to: target, label: "next", style: .jump))
            case .function: edges.append(Edge(from: question.id, to: question.id, label: "next = function", style: .jump))
            case nil: break
            }
        }
        for item in scenario.items {
            switch item {
            case .question(let question):
                nodes.append((question.id, question.text))
                for from in previous { edges.append(Edge(from: from, to: question.id, label: nil, style: .order)) }
                addFollowups(of: question)
                addJump(of: question)
                previous = [question.id]
            case .pool(let pool):
                groups.append(("pool \(pool.name): \(pool.pick) of \(pool.questions.count)", pool.questions.map(\.id)))
                for question in pool.questions {
                    nodes.append((question.id, question.text))
                    for from in previous { edges.append(Edge(from: from, to: question.id, label: "drawn", style: .order)) }
                    addFollowups(of: question)
                    addJump(of: question)
                }
                previous = pool.questions.map(\.id)
            }
        }
        for from in previous { edges.append(Edge(from: from, to: "end", label: nil, style: .order)) }
        switch format {
        case .dot: return dot(scenario, nodes: nodes, edges: edges, groups: groups)
        case .mermaid: return mermaid(nodes: nodes, edges: edges, groups: groups)
        }
    }

    static func describe(_ condition: Scenario.Condition) -> String {
        switch condition {
        case .function: return "when function"
        case .rules(let rules):
            var parts: [String] = []
            if !rules.flags.isEmpty { parts.append("flag " + rules.flags.joined(separator: "/")) }
            if !rules.contains.isEmpty { parts.append("contains " + rules.contains.prefix(3).joined(separator: "/") + (rules.contains.count > 3 ? "/…" : "")) }
            if !rules.missing.isEmpty { parts.append("missing " + rules.missing.prefix(3).joined(separator: "/") + (rules.missing.count > 3 ? "/…" : "")) }
            if let below = rules.scoreBelow { parts.append("score < \(below.formatted)") }
            return parts.joined(separator: ", ")
        }
    }

    private static func shorten(_ text: String) -> String {
        text.count > 48 ? String(text.prefix(47)) + "…" : text
    }

    private static func dot(_ scenario: Scenario, nodes: [(id: String, label: String)], edges: [Edge],
                            groups: [(name: String, members: [String])]) -> String {
        func quote(_ text: String) -> String {
            "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
        }
        var lines = ["digraph \(quote(scenario.id)) {", "  rankdir=TB;", "  node [shape=box, style=rounded];"]
        for node in nodes {
            let shape = node.id == "start" || node.id == "end" ? ", shape=circle" : ""
            lines.append("  \(quote(node.id)) [label=\(quote(node.id == "start" || node.id == "end" ? node.label : node.id + "\\n" + shorten(node.label)))\(shape)];")
        }
        for (index, group) in groups.enumerated() {
            lines.append("  subgraph \"cluster_\(index)\" { label=\(quote(group.name)); \(group.members.map(quote).joined(separator: "; ")); }")
        }
        for edge in edges {
            var attributes: [String] = []
            if let label = edge.label { attributes.append("label=\(quote(label))") }
            switch edge.style {
            case .order: break
            case .followup: attributes.append("style=dashed")
            case .jump: attributes.append("style=dotted, color=blue")
            }
            lines.append("  \(quote(edge.from)) -> \(quote(edge.to))" + (attributes.isEmpty ? ";" : " [\(attributes.joined(separator: ", "))];"))
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func mermaid(nodes: [(id: String, label: String)], edges: [Edge], groups: [(name: String, members: [String])]) -> String {
        func node(_ id: String) -> String { "n_" + id.replacingOccurrences(of: "-", with: "_") }
        func text(_ value: String) -> String { "\"" + value.replacingOccurrences(of: "\"", with: "#quot;") + "\"" }
        var lines = ["flowchart TD"]
        for entry in nodes {
            if entry.id == "start" || entry.id == "end" {
                lines.append("  \(node(entry.id))((\(entry.label)))")
            } else {
                lines.append("  \(node(entry.id))[\(text(entry.id + ": " + shorten(entry.label)))]")
            }
        }
        for (index, group) in groups.enumerated() {
            lines.append("  subgraph pool_\(index)[\(text(group.name))]")
            for member in group.members { lines.append("    \(node(member))") }
            lines.append("  end")
        }
        for edge in edges {
            let arrow: String
            switch edge.style {
            case .order: arrow = "-->"
            case .followup: arrow = "-.->"
            case .jump: arrow = "==>"
            }
            let label = edge.label.map { "|\(text($0))|" } ?? ""
            lines.append("  \(node(edge.from)) \(arrow)\(label) \(node(edge.to))")
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
