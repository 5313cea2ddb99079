using Entente.Domain;
using Entente.Models;

namespace Entente.Gpu.Tests.Kernels;

/// <summary>
/// A spatial-model forecast whose O(n³) steps (challenges, coalitions, bargains' states) run on the device is the CPU's
/// forecast, every turn of it.
/// </summary>
public sealed class SpatialForecastTests
{
    [Theory]
    [InlineData(12, 2, "")]
    [InlineData(30, 1, "")]
    [InlineData(20, 3, "bargainingModel=PWCompInterp")]
    [InlineData(16, 2, "votingRule=PropCbc pceModel=MarkovUniform")]
    [InlineData(14, 2, "bargainingModel=InitRcvrInterp votingRule=Binary")]
    public void The_forecast_with_its_turns_heavy_steps_on_the_device_is_the_CPU_s_bit_for_bit(int actors, int issues, string optionText)
    {
        var scenario = Scenarios.Generated(actors, issues, seed: 300 + actors);
        var options = optionText.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(o => o.Split('=')).Select(o => new ModelOption(o[0], o[1])).ToArray();
        var model = ModelCatalog.Create("smp", options);
        var accelerator = new GpuModelAccelerator(SharedDevice.Device);

        var cpu = model.Run(scenario, new ModelRunContext { Seed = 5 });
        var gpu = model.Run(scenario, new ModelRunContext { Seed = 5, Accelerator = accelerator });

        Assert.True(accelerator.StepsRun >= 2, $"{accelerator.StepsRun} challenge steps ran on the device");
        Assert.Equal(cpu.Issues.Count, gpu.Issues.Count);
        for (var i = 0; i < cpu.Issues.Count; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(cpu.Issues[i].Forecast), BitConverter.DoubleToInt64Bits(gpu.Issues[i].Forecast));
            Assert.Equal(cpu.Issues[i].Rounds.Count, gpu.Issues[i].Rounds.Count);
            Assert.Equal(cpu.Issues[i].Rounds.Select(r => r.Positions.Values.ToArray()), gpu.Issues[i].Rounds.Select(r => r.Positions.Values.ToArray()));
        }
    }
}
