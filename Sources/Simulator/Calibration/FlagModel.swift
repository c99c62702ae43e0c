import Foundation
import LuaBridge
import Synchronization

/// The weights of `Plugins/flag_model.lua`: a logistic model per red flag over an answer's features.
///
/// The rules in `red_flags` know the wording they were written for; this model is their second
/// opinion on wording they do not know. It is fitted here, in Swift, on labelled answers, and written
/// out as a Lua table (`flag_weights.lua`) that the plugin reads; the features themselves always come
/// from the plugin's own `flag_features.features`, so training and scoring read an answer the same way.
public struct FlagModel: Equatable, Sendable {
    /// The flag ids, in the order of each weight vector.
    public var flags: [String]
    /// The intercept per flag.
    public var bias: [Double]
    /// The weight per flag of each feature.
    public var weights: [String: [Double]]

    public init(flags: [String], bias: [Double], weights: [String: [Double]]) {
        self.flags = flags
        self.bias = bias
        self.weights = weights
    }

    /// The probability of each flag for an answer's features, summed in their order as the plugin
    /// does (the plugin also gives no opinion when fewer than its `minimum_known` are known).
    public func probabilities(_ features: [String]) -> [String: Double] {
        var sums = bias, seen = Set<String>()
        for feature in features where seen.insert(feature).inserted {
            guard let w = weights[feature] else { continue }
            for k in sums.indices { sums[k] += w[k] }
        }
        var out: [String: Double] = [:]
        for (k, id) in flags.enumerated() { out[id] = 1 / (1 + exp(-sums[k])) }
        return out
    }

    /// The model as the Lua module `flag_weights.lua` returns it, with a header naming its sources.
    ///
    /// Each weight is written to three decimals in its shortest form (`-.25`, `.5`, `0`) and each
    /// feature on a line of its own without indent or spaces (`["x"]={0,-.25},`), since a Lua module
    /// may be at most 1 MiB and the features grow with every set fitted on; the numbers read back are
    /// the same.
    /// - Parameters:
    ///   - sources: what it was fitted on, one line each (file and count).
    ///   - settings: the `simulate calibrate` options it was fitted with, so that anyone can fit it again.
    public func luaSource(sources: [String], settings: [String] = []) -> String {
        func number(_ value: Double) -> String {
            var text = String(format: "%.3f", abs(value))
            while text.hasSuffix("0") { text.removeLast() }
            if text.hasSuffix(".") { text.removeLast() }
            if text.hasPrefix("0.") { text.removeFirst() }
            return value < 0 && text != "0" ? "-" + text : text
        }
        var lines = [
            "-- flag_weights: the fitted weights of flag_model.lua, written by",
            "-- `simulate calibrate --train`; do not edit by hand, fit again instead.",
            "-- Fitted on:",
        ]
        lines += sources.map { "--   \($0)" }
        if !settings.isEmpty { lines.append("-- Fitted with: " + settings.joined(separator: " ")) }
        lines.append("return {")
        lines.append("  flags = { " + flags.map { "\"\($0)\"" }.joined(separator: ", ") + " },")
        lines.append("  bias = { " + bias.map(number).joined(separator: ", ") + " },")
        lines.append("  weights = {")
        for (feature, vector) in weights.sorted(by: { $0.key < $1.key }) {
            let escaped = feature.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            lines.append("[\"\(escaped)\"]={" + vector.map(number).joined(separator: ",") + "},")
        }
        lines.append("  },")
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }
}

/// Fits a ``FlagModel`` on labelled answers: L2-regularised logistic regression, one per flag, by
/// full-batch gradient descent from zero, so the same answers always give the same weights.
public struct FlagModelTrainer: Sendable {
    public struct Configuration: Sendable, Equatable {
        /// A feature seen in fewer answers than this is left out (it would only learn its answers).
        public var minimumCount: Int
        /// How many steps the fit takes: fewer stop it early, which keeps it humbler. 1,400 since
        /// session 24: fitted on 129 sets and measured on 36 fresh ones, 600 steps missed more of
        /// every flag and flagged more good answers (docs/heuristics.md).
        public var iterations: Int
        public var learningRate: Double
        /// The L2 penalty: higher keeps the weights smaller and the model humbler.
        public var regularisation: Double
        /// Weights whose every value is below this are left out of the file: they hardly move a
        /// probability, and leaving them out makes the file a quarter smaller and quicker to load
        /// (held-out figures unchanged at 0.05; with 600 steps, 0.1 raised more false alarms).
        /// 0.075 since session 16, when the fitting sets doubled: at 0.05 the weights outgrew the
        /// 1 MiB a module may be; 0.1 since session 24, when fitting longer outgrew it at 0.075 (1,200
        /// steps: 1,095 KB) and, measured on fresh sets, 1,400 steps at 0.1 caught more of every flag
        /// than 800 at 0.075, for two more good answers flagged (docs/heuristics.md).
        public var pruneBelow: Double
        /// How much of each step carries into the next (0 is plain gradient descent).
        public var momentum: Double

        /// The penalty below which the fit's steps stay stable on this many answers: each step moves a
        /// weight by `learningRate × regularisation / answers` of itself, and gradient descent with
        /// momentum overshoots for good once that reaches `2 × (1 + momentum)` (the words' own pull only
        /// adds to it, so this is the most a penalty may be).
        public func stablePenalty(answers: Int) -> Double {
            2 * (1 + momentum) * Double(max(answers, 1)) / learningRate
        }

        /// Whether the penalty is below ``stablePenalty(answers:)``.
        public func isStable(answers: Int) -> Bool {
            regularisation < stablePenalty(answers: answers)
        }

        /// The `simulate calibrate` options that give this configuration's fit (those it has).
        public var arguments: [String] {
            ["--regularisation", "\(regularisation)", "--iterations", "\(iterations)"]
        }

        public init(minimumCount: Int = 3, iterations: Int = 1400, learningRate: Double = 1.0,
                    regularisation: Double = 0.3, pruneBelow: Double = 0.1, momentum: Double = 0.9) {
            self.minimumCount = minimumCount
            self.iterations = iterations
            self.learningRate = learningRate
            self.regularisation = regularisation
            self.pruneBelow = pruneBelow
            self.momentum = momentum
        }
    }

    /// The flags to fit, in order (a scenario's ``ScenarioHost/declaredFlags``).
    public var flags: [String]
    public var configuration: Configuration

    public init(flags: [String], configuration: Configuration = Configuration()) {
        self.flags = flags
        self.configuration = configuration
    }

    /// Reads answers into features with the plugin `flag_features` (its `features(answer)`).
    /// - Parameters:
    ///   - answers: the answers to read.
    ///   - moduleRoots: the folders the module may come from (the scenario's plugin folders).
    ///   - limits: the Lua limits (each answer is one call).
    /// - Throws: ``SimulatorError/scenario(_:)`` when the module is missing or not a module with
    ///   `features`; ``SimulatorError/script(_:)`` for its errors.
    public static func features(of answers: [String], moduleRoots: [String],
                                limits: LuaConfiguration = LuaConfiguration()) throws -> [[String]] {
        // the answers in one slice per core, each read by a Lua state of its own
        let slices = SideBySide.slices(for: answers.count, minimum: 200)
        let size = (answers.count + slices - 1) / slices
        return try SideBySide.run(slices: slices) { slice in
            let part = Array(answers[min(answers.count, slice * size) ..< min(answers.count, (slice + 1) * size)])
            return try features(ofSlice: part, moduleRoots: moduleRoots, limits: limits)
        }.flatMap { $0 }
    }

    /// The features of some answers, read by one Lua state.
    private static func features(ofSlice answers: [String], moduleRoots: [String],
                                 limits: LuaConfiguration) throws -> [[String]] {
        do {
            let sandbox = try LuaSandbox.forPlugins(moduleRoots: moduleRoots, limits: limits)
            let module = try sandbox.state.value(of: try sandbox.require("flag_features"))
            guard case .function(let function)? = module.tableValue?.fields["features"] else {
                throw SimulatorError.scenario("flag_features: the module must return { features = function(answer) … end }")
            }
            return try answers.map { answer in
                let result = try sandbox.state.call(function, [.string(answer)])
                guard let list = result.first?.tableValue else {
                    throw SimulatorError.scenario("flag_features: features(answer) must return a list of strings")
                }
                return list.array.compactMap(\.stringValue)
            }
        } catch let error as SandboxError {
            throw SimulatorError.scenario(error.description)
        } catch let error as LuaLocatedError {
            throw SimulatorError.scenario(error.message)
        } catch let error as LuaBridgeError {
            throw SimulatorError.script(error)
        }
    }

    /// Fits the model.
    /// - Parameters:
    ///   - features: each answer's features.
    ///   - labels: each answer's flags (empty for a good answer), in the same order.
    public func fit(features: [[String]], labels: [[String]]) -> FlagModel {
        precondition(features.count == labels.count, "one label list per answer")
        let flagCount = flags.count
        var counts: [String: Int] = [:]
        for list in features { for feature in Set(list) { counts[feature, default: 0] += 1 } }
        let vocabulary = counts.filter { $0.value >= configuration.minimumCount }.keys.sorted()
        let index = Dictionary(uniqueKeysWithValues: vocabulary.enumerated().map { ($1, $0) })
        let rows = SparseRows(features.map { Array(Set($0.compactMap { index[$0] })).sorted() })
        let targets = labels.map { list in flags.map { list.contains($0) ? 1.0 : 0.0 } }

        // each flag is its own logistic regression: fitted side by side, each in its own order
        let columns = Mutex([[Double]](repeating: [], count: flagCount))
        DispatchQueue.concurrentPerform(iterations: flagCount) { k in
            let column = Self.fitOne(rows: rows, targets: targets.map { $0[k] }, width: vocabulary.count,
                                     configuration: configuration)
            columns.withLock { $0[k] = column }
        }
        let fitted = columns.withLock { $0 }
        let bias = fitted.map { $0[vocabulary.count] }
        var table: [String: [Double]] = [:]
        for (j, feature) in vocabulary.enumerated() {
            let w = fitted.map { $0[j] }
            if w.contains(where: { abs($0) >= configuration.pruneBelow }) { table[feature] = w }
        }
        return FlagModel(flags: flags, bias: bias, weights: table)
    }

    /// Each answer's feature columns, one after another in one array, with where each answer starts:
    /// the fit walks them 1,400 times per flag, and flat arrays walked by index keep that walk quick even
    /// in a debug build (where iterating nested arrays costs most of the time), in the same order.
    struct SparseRows: Sendable {
        /// Every answer's columns, in the answers' order.
        let columns: [Int]
        /// Where each answer's columns start in `columns`, then one past the last answer's end.
        let starts: [Int]

        init(_ rows: [[Int]]) {
            columns = rows.flatMap { $0 }
            starts = rows.reduce(into: [0]) { $0.append($0[$0.count - 1] + $1.count) }
        }

        var count: Int { starts.count - 1 }
    }

    /// One flag's weights (then its bias, last) by full-batch gradient descent with momentum.
    private static func fitOne(rows: SparseRows, targets: [Double], width: Int, configuration: Configuration) -> [Double] {
        let n = Double(max(rows.count, 1))
        var weights = [Double](repeating: 0, count: width + 1)  // the bias is the last
        var velocity = weights, gradient = weights
        let rate = configuration.learningRate, penalty = configuration.regularisation
        let columns = rows.columns, starts = rows.starts, count = rows.count
        for _ in 0 ..< configuration.iterations {
            var i = 0
            while i <= width { gradient[i] = 0; i += 1 }
            var row = 0
            while row < count {
                let start = starts[row], end = starts[row + 1]
                var sum = weights[width]
                var k = start
                while k < end { sum += weights[columns[k]]; k += 1 }
                let error = 1 / (1 + exp(-sum)) - targets[row]
                gradient[width] += error
                k = start
                while k < end { gradient[columns[k]] += error; k += 1 }
                row += 1
            }
            i = 0
            while i < width { gradient[i] += penalty * weights[i]; i += 1 }
            i = 0
            while i <= width {
                velocity[i] = configuration.momentum * velocity[i] - rate * gradient[i] / n
                weights[i] += velocity[i]
                i += 1
            }
        }
        return weights
    }
}
