using AeI.Crm.FollowUps;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class FollowUpConfiguration : IEntityTypeConfiguration<FollowUp>
{
    public void Configure(EntityTypeBuilder<FollowUp> builder)
    {
        builder.Property(f => f.Subject).HasMaxLength(200).IsRequired();
        builder.Property(f => f.Notes).HasMaxLength(4000);
        builder.HasIndex(f => new { f.OwnerId, f.CompletedAt, f.DueOn });
        builder.HasOne(f => f.Owner).WithMany().HasForeignKey(f => f.OwnerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Company).WithMany().HasForeignKey(f => f.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Vacancy).WithMany().HasForeignKey(f => f.VacancyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(f => f.Candidate).WithMany().HasForeignKey(f => f.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.RuleKey).HasMaxLength(200);
        builder.HasIndex(f => f.RuleKey).IsUnique().HasFilter("\"RuleKey\" IS NOT NULL");
        builder.HasIndex(f => f.ActivityId).IsUnique().HasFilter("\"ActivityId\" IS NOT NULL");
        builder.HasOne(f => f.Activity).WithMany().HasForeignKey(f => f.ActivityId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(f => f.AssignedBy).WithMany().HasForeignKey(f => f.AssignedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(f => f.Placement).WithMany().HasForeignKey(f => f.PlacementId).OnDelete(DeleteBehavior.Cascade);
    }
}
