using AeI.Crm.Matching;

namespace AeI.Crm.Cli.Matching;

/// <summary>occupations TITLE...: the ESCO occupations (with ISCO group) the matcher reads in each job title.</summary>
public static class OccupationsCommand
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("occupations TITLE...: prints the ESCO occupations and ISCO-08 groups the matcher reads in each title.");
            return 2;
        }

        using var context = new MatchingContext();
        foreach (var title in args)
        {
            var found = context.OccupationsOf(title);
            Console.WriteLine($"{title}: {(found.Count == 0 ? "(nessuna occupazione)" : string.Join("; ", found.Select(u => $"{context.Titles.PreferredLabel(u)} [ISCO {context.Groups.IscoOf(u)}]")))}");
        }

        return 0;
    }
}
