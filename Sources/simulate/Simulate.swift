import ArgumentParser

/// `simulate`: practise a job interview written as a Lua scenario.
struct Simulate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "simulate",
        abstract: "Practise job-interview questions about career goals, with feedback.",
        discussion: """
            Exit codes: 0 success, 1 scenario or script error, 2 usage error, 3 unusable answers, \
            4 transcript error, 129/130/143 interrupted (closed terminal, Ctrl-C, SIGTERM).
            """,
        version: "0.1.0",
        subcommands: [Run.self, Check.self, Test.self, Try.self, Graph.self, New.self, Replay.self, Rescore.self, History.self, Resume.self, Calibrate.self],
        defaultSubcommand: Run.self
    )
}
