using AeI.Crm.Caseloads;
using AeI.Crm.Geography;
using Microsoft.EntityFrameworkCore;

namespace AeI.Crm.Persistence;

/// <summary>Creates or migrates the database and loads reference data on start-up.</summary>
public static class DatabaseInitializer
{
    /// <summary>The caseloads the cooperative works with; admins can add more.</summary>
    public static IReadOnlyList<Caseload> DefaultCaseloads { get; } =
    [
        new() { Code = "CeLAV", Name = "CeLAV – Comune di Milano", Description = "Centro di mediazione al lavoro del Comune di Milano" },
        new() { Code = "NIL", Name = "NIL Rhodense", Description = "Nucleo inserimento lavorativo dell'ambito del Rhodense" },
        new() { Code = "SIL", Name = "SIL Magentino", Description = "Servizio inserimento lavorativo dell'ambito del Magentino" },
    ];

    public static async Task InitializeAsync(CrmDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.MigrateAsync(cancellationToken);
        await SearchNameBackfill.RunAsync(db, cancellationToken);

        if (!await db.Municipalities.AnyAsync(cancellationToken))
        {
            db.Municipalities.AddRange(MunicipalityCatalog.Load());
            await db.SaveChangesAsync(cancellationToken);
        }

        if (!await db.Caseloads.AnyAsync(cancellationToken))
        {
            db.Caseloads.AddRange(DefaultCaseloads.Select(c => new Caseload { Code = c.Code, Name = c.Name, Description = c.Description }));
            await db.SaveChangesAsync(cancellationToken);
        }

        db.ChangeTracker.Clear();
    }
}
