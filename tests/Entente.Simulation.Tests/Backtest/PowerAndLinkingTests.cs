using Entente.Domain;
using Entente.Domain.Eu;
using Entente.Formats.Importers.Deu;
using Entente.Models;
using Entente.Simulation.Backtest;
using Entente.Simulation.VotingPower;

namespace Entente.Simulation.Tests.Backtest;

/// <summary>The power-weighted compromise, the linking models' proposal scenarios and the paired comparison.</summary>
public class PowerAndLinkingTests
{
    private static readonly IReadOnlyList<BacktestCase> Equal = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Equal);
    private static readonly IReadOnlyList<BacktestCase> Votes = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Votes);

    [Fact]
    public void Power_compromise_on_the_votes_equals_the_compromise_on_the_Council_indices()
    {
        // Two code paths to the same number: the model computes each issue's game from the imported votes and
        // rule; the voting-power scheme looks the index up by regime. γ = 1 makes the model the compromise.
        var model = ModelCatalog.Create("power-compromise", [new("salience-exponent", "1")]);
        var byModel = Predictor.FromModel("p", model, 0);
        var byScheme = Predictor.FromModel("c", ModelCatalog.Create("compromise"), 0);
        var schemeCases = DeuCases.From(DevSplit.Dataset, CapabilityScheme.VotingPower);
        for (var i = 0; i < Votes.Count; i++)
        {
            Assert.Equal(byScheme.Forecast(schemeCases[i])!.Value, byModel.Forecast(Votes[i])!.Value, 9);
        }
    }

    [Fact]
    public void The_imported_Council_votes_follow_the_regime_of_the_decision_date()
    {
        foreach (var issue in DevSplit.Dataset.Issues)
        {
            var regime = CouncilRegimes.At(issue.DecisionDate);
            var voters = issue.Scenario.Actors.Where(a => !a.Groups.Contains(DeuActors.NonVotingGroup)).ToArray();
            Assert.Equal(regime.Weights.Keys.Order(), voters.Select(a => a.Id).Order());
            Assert.All(voters, a => Assert.Equal(regime.Weights[a.Id], a.Capability));
        }
    }

    [Fact]
    public void A_linking_model_sees_every_issue_of_the_proposal_scored_or_not()
    {
        var byProposal = DevSplit.Dataset.Issues.GroupBy(i => i.ProposalId).ToDictionary(g => g.Key, g => g.Select(i => i.Id).ToArray());
        Assert.Contains(DevSplit.Dataset.Issues, i => i.Outcome is null);
        foreach (var c in Equal)
        {
            Assert.Equal(byProposal[c.Group], c.Proposal!.Issues.Select(i => i.Id));
            Assert.False(Domain.Validation.ScenarioValidator.HasErrors(Domain.Validation.ScenarioValidator.Validate(c.Proposal)), $"proposal {c.Group} must be a valid scenario");
        }

        // The exchange model's forecast of a case is its forecast on the whole proposal, not on the issue alone.
        var exchange = ModelCatalog.Create("exchange");
        var predictor = Predictor.FromModel("exchange", exchange, 0, linksIssues: true);
        var multi = Equal.First(c => c.Proposal!.Issues.Count >= 3);
        var direct = exchange.Run(multi.Proposal!, ModelRunContext.Default).Issues.Single(i => i.IssueId == multi.Id).Forecast;
        Assert.Equal(direct, predictor.Forecast(multi));
        var differs = Equal.Count(c => Math.Abs(predictor.Forecast(c)!.Value - Predictor.FromModel("e", exchange, 0).Forecast(c)!.Value) > 1e-9);
        Assert.True(differs > 0, "exchanges across issues must move some forecast away from the one-issue run");
    }

    [Fact]
    public void A_model_compared_with_itself_differs_by_nothing_and_the_difference_is_paired()
    {
        var options = new BacktestOptions { Models = ["compromise"], Folds = 0, Replicates = 300, References = false };
        var self = BacktestRunner.Run(Equal, options).Single();
        Assert.Equal((0.0, 0.0, 0.0), (self.VersusBaseline!.Difference, self.VersusBaseline.Low, self.VersusBaseline.High));

        // Against the equal-capability baseline, the GDP compromise's difference is the difference of the two MAEs,
        // and its interval is narrower than either MAE's because both errors of an issue move together.
        var gdp = DeuCases.From(DevSplit.Dataset, CapabilityScheme.Gdp);
        var row = BacktestRunner.Run(gdp, options, baselineCases: Equal).Single();
        var equalMae = ErrorStatistics.Errors(Predictor.FromModel("c", ModelCatalog.Create("compromise"), 0), Equal).Average(e => e.Error);
        Assert.Equal(row.Mae - equalMae, row.VersusBaseline!.Difference, 9);
        Assert.True(row.VersusBaseline.High - row.VersusBaseline.Low < row.MaeHigh - row.MaeLow);
    }

    [Fact]
    public void Repeated_cross_validation_averages_the_splits_and_its_first_split_is_the_plain_one()
    {
        var candidates = new[] { 0.0, 1.0 }.Select(g => Predictor.FromModel($"g={g}", ModelCatalog.Create("power-compromise", [new("salience-exponent", g.ToString(System.Globalization.CultureInfo.InvariantCulture))]), 0)).ToArray();
        var once = CrossValidation.Tune(candidates, Votes, 5, 3, repeats: 1);
        var thrice = CrossValidation.Tune(candidates, Votes, 5, 3, repeats: 3);
        Assert.Equal(once.FoldChoices, thrice.FoldChoices);
        Assert.Equal(15, thrice.ChoiceCounts.Sum(c => c.Folds));
        var splits = Enumerable.Range(0, 3).Select(r =>
        {
            var folds = ProposalFolds.Assign(Votes.Select(c => c.Group), 5, 3, r);
            return Enumerable.Range(0, 5).Select(f => CrossValidation.Tune(candidates, Votes.Where(c => folds[c.Group] != f).ToArray(), 5, 3).InSampleChoice).ToArray();
        }).ToArray();
        Assert.NotEqual(ProposalFolds.Assign(Votes.Select(c => c.Group), 5, 3, 0), ProposalFolds.Assign(Votes.Select(c => c.Group), 5, 3, 1));
        Assert.Equal(splits.SelectMany(s => s).GroupBy(x => x).ToDictionary(g => g.Key, g => g.Count()), thrice.ChoiceCounts.ToDictionary(c => c.Candidate, c => c.Folds));
    }
}
