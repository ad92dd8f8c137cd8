using AeI.Crm.Diary;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace AeI.Crm.Persistence.Configurations;

internal sealed class DiaryNoteConfiguration : IEntityTypeConfiguration<DiaryNote>
{
    public void Configure(EntityTypeBuilder<DiaryNote> builder)
    {
        builder.Property(n => n.Text).HasMaxLength(DiaryNote.TextLength).IsRequired();
        builder.Property(n => n.AuthorId).IsRequired();
        builder.HasOne(n => n.Candidate).WithMany().HasForeignKey(n => n.CandidateId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Placement).WithMany().HasForeignKey(n => n.PlacementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Author).WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(n => new { n.CandidateId, n.On });
    }
}
