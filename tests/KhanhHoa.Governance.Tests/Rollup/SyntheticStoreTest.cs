using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Testing;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

// The sample host's demo generates its dossiers straight into a store (issue 27); that store is the one the CSV reader
// makes of the same dossiers written as CSV, on any number of workers: every dossier's codes, days, bits and id.
public sealed class SyntheticStoreTest
{
    [Property(MaxTest = 40)]
    public Property The_generated_store_equals_the_store_read_from_the_same_synthetic_csv() =>
        Prop.ForAll(
            Gen.Choose(0, 4000).Zip(Gen.Choose(1, 12)).ToArbitrary(),
            Gen.Choose(0, 400).Zip(Gen.Choose(1, 4)).ToArbitrary(),
            (sizes, spread) =>
            {
                var ((count, receiving), (days, workers)) = (sizes, spread);
                var codes = Enumerable.Range(1, receiving).Select(i => $"X{i:D2}").ToList();
                var from = new LocalDate(2025, 1, 1);
                var to = from.PlusDays(days);
                var seed = (ulong)(count * 31 + days);
                using var csv = new MemoryStream();
                SyntheticDossiers.WriteCsv(csv, codes, from, to, count, seed);
                csv.Position = 0;
                var read = DossierCsvReader.Read(csv, new DossierReadOptions { MaxDegreeOfParallelism = workers, ChunkBytes = 16 * 1024 });
                Assert.True(read.Success, string.Join("; ", read.Errors));

                var (a, b) = (SyntheticDossiers.Generate(codes, from, to, count, seed), read.Value);
                Assert.Equal(b.Count, a.Count);
                for (var i = 0; i < a.Count; i++)
                {
                    Assert.Equal(b.UnitCodes[b.Units[i]], a.UnitCodes[a.Units[i]]);
                    Assert.Equal(b.ProcedureCodes[b.Procedures[i]], a.ProcedureCodes[a.Procedures[i]]);
                }

                Assert.Equal(b.ReceivedDays, a.ReceivedDays);
                Assert.Equal(b.DueDays, a.DueDays);
                Assert.Equal(b.FinishedDays, a.FinishedDays);
                Assert.Equal(b.ReceivedBits, a.ReceivedBits);
                Assert.Equal(b.FinishedBits, a.FinishedBits);
                Assert.Equal(b.Attributes, a.Attributes);
                Assert.Equal(b.IdHashes, a.IdHashes);
            });
}
