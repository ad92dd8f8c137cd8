using AeI.Crm.Candidates;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class CandidateConfiguration : IEntityTypeConfiguration<Candidate>
{
    public void Configure(EntityTypeBuilder<Candidate> builder)
    {
        builder.Property(e => e.SearchName).HasMaxLength(200).IsRequired();
        builder.Property(c => c.FirstName).HasMaxLength(80).IsRequired();
        builder.Property(c => c.LastName).HasMaxLength(80).IsRequired();
        builder.Property(c => c.Gender).HasMaxLength(1);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Phone).HasMaxLength(20);
        builder.Property(c => c.ResidenceIstat).HasMaxLength(6);
        builder.Property(c => c.Profile).HasMaxLength(8000);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Ignore(c => c.FullName);
        builder.Ignore(c => c.ItalianLevel);
        builder.OwnsMany(c => c.Languages, b => b.ToJson());
        builder.OwnsMany(c => c.Experiences, b => b.ToJson());
        builder.HasIndex(c => new { c.CaseloadId, c.Status });
        // The funnels count a year's people by caseload and target group (taken in charge, closed, with
        // which outcome) from this index alone, without reading the wide rows.
        builder.HasIndex(c => new { c.CaseloadId, c.TakenInChargeOn, c.ClosedOn, c.ClosureOutcome, c.TargetGroup });
        builder.HasOne(c => c.Caseload).WithMany().HasForeignKey(c => c.CaseloadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Mediator).WithMany().HasForeignKey(c => c.MediatorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Residence).WithMany().HasForeignKey(c => c.ResidenceIstat).OnDelete(DeleteBehavior.Restrict);
    }
}
