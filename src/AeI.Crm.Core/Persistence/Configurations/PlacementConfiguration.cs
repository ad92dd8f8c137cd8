using AeI.Crm.Placements;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class PlacementConfiguration : IEntityTypeConfiguration<Placement>
{
    public void Configure(EntityTypeBuilder<Placement> builder)
    {
        builder.Property(p => p.Notes).HasMaxLength(4000);
        builder.Property(p => p.EndReason).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.IsOpen);
        // One placement per position and person unless it ended without a hire (Placement.HoldsProposal):
        // two mediators pressing "Proponi" at once cannot both insert.
        builder.HasIndex(p => new { p.VacancyId, p.CandidateId }).IsUnique().HasFilter(Placement.HoldsProposalSql);
        builder.HasIndex(p => p.CandidateId);
        // Hires of a period (home page, numbers): few rows, found without a scan.
        builder.HasIndex(p => p.HiredOn);
        builder.HasOne(p => p.Candidate).WithMany(c => c.Placements).HasForeignKey(p => p.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.Vacancy).WithMany(v => v.Placements).HasForeignKey(p => p.VacancyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(p => p.CreatedBy).WithMany().HasForeignKey(p => p.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}
