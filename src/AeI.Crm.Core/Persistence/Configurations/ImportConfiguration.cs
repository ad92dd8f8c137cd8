using AeI.Crm.Importing;
using AeI.Crm.Users;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class ImportRunConfiguration : IEntityTypeConfiguration<ImportRun>
{
    public void Configure(EntityTypeBuilder<ImportRun> builder)
    {
        builder.Property(r => r.FileName).HasMaxLength(255).IsRequired();
        builder.Property(r => r.FileSha256).HasMaxLength(64).IsRequired();
        builder.Property(r => r.FileDescription).HasMaxLength(200);
        builder.Property(r => r.Error).HasMaxLength(1000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<CrmUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.UserId, r.Kind, r.CreatedAtUtc });
        builder.HasIndex(r => new { r.FileSha256, r.Status });
        builder.HasIndex(r => r.Status);
        builder.HasOne<AeI.Crm.Caseloads.Caseload>().WithMany().HasForeignKey(r => r.CaseloadId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ImportRowResultConfiguration : IEntityTypeConfiguration<ImportRowResult>
{
    public void Configure(EntityTypeBuilder<ImportRowResult> builder)
    {
        builder.Property(r => r.Label).HasMaxLength(200);
        builder.Property(r => r.Reason).HasMaxLength(2000);
        builder.HasOne<ImportRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.RowKey).HasMaxLength(32);
        builder.HasIndex(r => new { r.RunId, r.Line });
        builder.HasIndex(r => r.RowKey).IsUnique();
        // The company's history lists the imports that created or merged it.
        builder.HasOne(r => r.Company).WithMany().HasForeignKey(r => r.CompanyId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(r => r.Activity).WithMany().HasForeignKey(r => r.ActivityId).OnDelete(DeleteBehavior.SetNull);
        // A person's record lists the import that created it (for the caseload's mediators).
        builder.HasOne(r => r.Candidate).WithMany().HasForeignKey(r => r.CandidateId).OnDelete(DeleteBehavior.SetNull);
    }
}
