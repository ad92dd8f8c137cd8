using AeI.Crm.Cli.Benchmarks;
using AeI.Crm.Cli.FollowUps;
using AeI.Crm.Cli.Matching;

// Commands a user runs from a shell. Usage: aei-crm <command> [options]
return args.FirstOrDefault() switch
{
    "bench-companies" => await CompanyListBenchmark.RunAsync(args.Skip(1).ToArray()),
    "melo-eval" => MeloEvalCommand.Run(args.Skip(1).ToArray()),
    "melo-tune" => MeloTuneCommand.Run(args.Skip(1).ToArray()),
    "match-eval" => MatchEvalCommand.Run(args.Skip(1).ToArray()),
    "occupations" => OccupationsCommand.Run(args.Skip(1).ToArray()),
    "match-bench" => MatchBenchmark.Run(args.Skip(1).ToArray()),
    "vacancy-bench" => VacancyBenchmark.Run(args.Skip(1).ToArray()),
    "index-rebuild" => await IndexRebuildCommand.RunAsync(args.Skip(1).ToArray()),
    "followups-run" => await FollowUpsRunCommand.RunAsync(args.Skip(1).ToArray()),
    "followups-bench" => await FollowUpsBenchmark.RunAsync(args.Skip(1).ToArray()),
    "demo-scale" => await DemoScaleCommand.RunAsync(args.Skip(1).ToArray()),
    "match-bench-one" => MatchBenchmark.RunOne(args.Skip(1).ToArray()),
    "import-sample" => AeI.Crm.Cli.Importing.ImportCommands.Sample(args.Skip(1).ToArray()),
    "import-bench" => await AeI.Crm.Cli.Importing.ImportCommands.BenchAsync(args.Skip(1).ToArray()),
    "import-bench-one" => await AeI.Crm.Cli.Importing.ImportCommands.BenchOneAsync(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        Usage: dotnet run --project src/AeI.Crm.Cli -c Release -- <command>

          bench-companies [--rows 35000] [--runs 30]
              Fills a temporary SQLite database with N companies and times the company
              list's queries (count + one page of 50) for the filters users apply.

          match-eval FILE
              Indexes an evaluation set, ranks every vacancy with the engine and with an
              SQLite FTS5 baseline; prints nDCG@10, MRR, Recall@20 and latency.

          occupations TITLE...
              The ESCO occupations and ISCO-08 groups the matcher reads in each job title.

          match-bench [--sizes 1000,10000,100000,1000000]
              Synthetic candidates of each size: index build rate, query p50/p95, peak memory.

          vacancy-bench [--positions 10000]
              Synthetic open positions: "Trova offerte" index build rate and query p50/p95
              (top 20, explanations, 10 near misses) for synthetic people.

          index-rebuild [--data FOLDER]
              Rebuilds the search indexes (people, open positions) from the database of the data folder
              (default ./data; the app's is src/AeI.Crm.Web/data). Stop the app first.

          followups-run --date YYYY-MM-DD [--data FOLDER]
              The scheduler's daily work for that day, as at 07:30 Europe/Rome: the rules that
              create follow-ups, then the digests due that day (working days), then sending.
              Same settings as the app (Storage:*, Mail:*, FollowUps:*). Safe to run twice.
              Last line: RESULT created=N sent=N failed=N

          followups-bench [--scales 1,10] [--date YYYY-MM-DD]
              Loads the demo into a temporary database, multiplies its work by each scale and
              times the daily rules run twice (the second creates nothing).

          demo-scale --data FOLDER [--scale 10]
              Loads the demo into an empty data folder and multiplies its work by the scale
              (same users), for measuring pages at 10x (bench/pages.sh 15 10).

          import-sample [--people] [--rows 3535|333] [--out docs/samples/aziende-2020.csv|persone-nil-2020.csv]
              Writes the messy sample spreadsheet of companies (CSV as Excel in Italian saves it).

          import-bench [--rows 3535,50000]
              Times the company import on a fresh database for each size: upload and preview,
              the run, the same file again; prints counts and each size's peak memory.

          melo-tune
              Tunes the title normaliser on sets built from the ESCO corpus itself (ISCO unit-group
              labels for their occupations' labels; alternative labels for their concept's others).

          melo-eval DIR
              Ranks the 16,199 ESCO labels for each MELO ita_q_it_c_it title; prints MRR and MAP.
        """);
    return 2;
}
