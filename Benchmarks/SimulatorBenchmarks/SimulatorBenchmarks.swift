import Benchmark
import Foundation
import Simulator

/// What users wait on, measured (`SIMULATE_BENCHMARKS=1 swift package --disable-sandbox benchmark`;
/// docs/architecture.md, "Performance"):
/// loading a scenario, which every session pays before its first question and `rescore` pays for
/// every transcript (each gets a fresh Lua state); evaluating one answer with the five shipped
/// plugins; and re-scoring a folder of transcripts on every core.
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .mallocCountTotal, .peakMemoryResident],
        maxDuration: .seconds(10),
        maxIterations: 100
    )

    Benchmark("Load customer-service.lua with its plugins and flag weights") { benchmark in
        for _ in benchmark.scaledIterations {
            blackHole(try ScenarioHost(scenarioAt: Fixture.scenario, options: HostOptions(), seed: 1))
        }
    }

    Benchmark("Evaluate an answer with the five plugins") { benchmark in
        let host = try ScenarioHost(scenarioAt: Fixture.scenario, options: HostOptions(), seed: 1)
        let question = host.scenario.topLevelQuestions[0]
        var next = 0
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            // a different answer each time: the plugins keep the last answer's reading
            blackHole(try host.evaluate(Fixture.answers[next % Fixture.answers.count], for: question, parent: nil, turns: []))
            next += 1
        }
    }

    Benchmark("Re-score \(Fixture.sessions) transcripts on every core", configuration: .init(maxIterations: 10)) { benchmark in
        let folder = Fixture.transcripts
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            blackHole(BatchRescorer().run([folder]))
        }
    }
}

/// The repository's scenario and labelled answers, and transcripts recorded from them once.
enum Fixture {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let scenario = root.appendingPathComponent("Scenarios/customer-service.lua").path
    static let sessions = 40

    /// Answers of every kind (good and each red flag), as candidates wrote them.
    static let answers: [String] = {
        let path = root.appendingPathComponent("Tests/SimulatorTests/Fixtures/labelled-answers.json").path
        do {
            return try LabelledAnswer.load(from: path).map(\.answer)
        } catch {
            fatalError("cannot read the answers to benchmark with: \(error)")
        }
    }()

    /// A folder of sessions of customer-service.lua, six answers each, recorded afresh for each run
    /// (under `.build`, which git ignores).
    static let transcripts: String = {
        let folder = root.appendingPathComponent(".build/benchmark-transcripts")
        try? FileManager.default.removeItem(at: folder)
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for session in 0 ..< sessions {
            let script = (0 ..< 6).map { answers[(session * 6 + $0) % answers.count] }.joined(separator: "\n---\n")
            let answersFile = folder.appendingPathComponent("answers-\(session).txt")
            try? script.write(to: answersFile, atomically: true, encoding: .utf8)
            var configuration = RunConfiguration(scenarioPath: scenario)
            configuration.answers = .file(answersFile.path)
            configuration.seed = UInt64(session + 1)
            configuration.recording = .path(folder.appendingPathComponent("session-\(session).jsonl").path)
            do {
                _ = try SessionRunner(configuration: configuration, standardOutput: { _ in }, standardError: { _ in }).run()
            } catch {
                fatalError("cannot record session \(session) to benchmark with: \(error)")
            }
            try? FileManager.default.removeItem(at: answersFile)
        }
        // every session recorded and re-scorable, or the benchmark would measure less than it says
        let summary = BatchRescorer(jobs: 1).run([folder.path])
        guard summary.files == sessions, summary.failed == 0 else {
            fatalError("recorded \(summary.files) of \(sessions) sessions; \(summary.failed) could not be re-scored: \(summary.failures)")
        }
        return folder.path
    }()
}
