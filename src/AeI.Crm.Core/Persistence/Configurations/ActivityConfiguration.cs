using AeI.Crm.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<Activity>
{
    public void Configure(EntityTypeBuilder<Activity> builder)
    {
        builder.Property(a => a.Notes).HasMaxLength(4000);
        builder.Property(a => a.NextStep).HasMaxLength(300);
        builder.HasQueryFilter(a => a.RemovedAt == null);
        builder.HasIndex(a => new { a.CompanyId, a.OccurredAt });
        // The funnels read a year's activities (company, visit or not, who) from a range of this index
        // alone, without the rows.
        builder.HasIndex(a => new { a.OccurredAt, a.Type, a.CompanyId, a.RemovedAt, a.UserId });
        // The home page counts the signed-in account manager's activities of the year: a range of
        // this index, which also holds what the count reads (no lookups in the table).
        builder.HasIndex(a => new { a.UserId, a.OccurredAt, a.CompanyId, a.Type, a.RemovedAt });
        builder.HasOne(a => a.Company).WithMany(c => c.Activities).HasForeignKey(a => a.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Contact).WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.User).WithMany().HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AeI.Crm.Importing.ImportRun>().WithMany().HasForeignKey(a => a.ImportRunId).OnDelete(DeleteBehavior.SetNull);
    }
}
