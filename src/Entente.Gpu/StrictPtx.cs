using System.Reflection;
using System.Text.RegularExpressions;
using ILGPU.Backends;
using ILGPU.Backends.EntryPoints;
using ILGPU.Backends.PTX;
using ILGPU.Runtime;
using ILGPU.Frontend.Intrinsic;
using ILGPU.Runtime.Cuda;

namespace Entente.Gpu;

/// <summary>
/// Keeps the device's float64 arithmetic the CPU's. .NET never fuses a multiplication and an addition unless the code
/// asks (<see cref="Math.FusedMultiplyAdd"/>); PTX does: ILGPU writes <c>mul.f64</c>, <c>add.f64</c> and <c>sub.f64</c>
/// without a rounding mode, and the PTX specification lets the driver contract such pairs into fused multiply-adds,
/// which round once where the CPU rounds twice. So every float64 <c>mul</c>, <c>add</c> and <c>sub</c> of a kernel is
/// given the explicit <c>.rn</c> mode, which the specification exempts from contraction; and the fused multiply-adds
/// the code does ask for (the portable power's polynomials) become <c>fma.rn.f64</c>, which rounds as the CPU's FMA
/// does. Division and square root are already <c>.rn</c> (IEEE, correctly rounded) unless fast math is on, and it is off.
/// </summary>
internal static partial class StrictPtx
{
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>Routes <see cref="Math.FusedMultiplyAdd(double, double, double)"/> in kernels to <c>fma.rn.f64</c> (once per process).</summary>
    public static void Register()
    {
        lock (Gate)
        {
            if (_registered)
            {
                return;
            }
            RemappedIntrinsics.AddRemapping(typeof(Math), typeof(DeviceMath), nameof(Math.FusedMultiplyAdd), [typeof(double), typeof(double), typeof(double)]);
            _registered = true;
        }
    }

    /// <summary><paramref name="ptx"/> with every float64 mul, add and sub rounded to nearest explicitly (not contractible).</summary>
    public static string Rewrite(string ptx)
    {
        ArgumentNullException.ThrowIfNull(ptx);
        return Contractible().Replace(ptx, "$1.rn.f64");
    }

    /// <summary>
    /// The kernel <paramref name="method"/> (an implicitly grouped one) compiled for <paramref name="accelerator"/> and
    /// loaded as a <typeparamref name="TLauncher"/>: on a CUDA device its PTX rewritten first (<see cref="Rewrite"/>); on
    /// the CPU accelerator as compiled. <paramref name="ptx"/> is the PTX the device runs, null off a CUDA device.
    /// </summary>
    public static TLauncher Load<TLauncher>(Accelerator accelerator, System.Reflection.MethodInfo method, out string? ptx) where TLauncher : Delegate
    {
        ArgumentNullException.ThrowIfNull(accelerator);
        var compiled = accelerator.CompileKernel(EntryPointDescription.FromImplicitlyGroupedKernel(method));
        ptx = null;
        if (compiled is PTXCompiledKernel device)
        {
            ptx = Rewrite(device.PTXAssembly);
            compiled = WithAssembly(device, ptx);
        }
        return accelerator.LoadKernel(compiled).CreateLauncherDelegate<TLauncher>();
    }

    /// <summary>
    /// <paramref name="kernel"/> with its PTX replaced by <paramref name="assembly"/>. ILGPU 1.5.3 (pinned) makes this
    /// constructor internal; it is reached by reflection, and a test fails should an upgrade move it.
    /// </summary>
    public static PTXCompiledKernel WithAssembly(PTXCompiledKernel kernel, string assembly)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        const BindingFlags Hidden = BindingFlags.NonPublic | BindingFlags.Instance;
        var entryPoint = typeof(CompiledKernel).GetProperty("EntryPoint", Hidden)?.GetValue(kernel)
            ?? throw new MissingMemberException("ILGPU's CompiledKernel.EntryPoint is gone: update StrictPtx for this ILGPU version");
        var constructor = typeof(PTXCompiledKernel).GetConstructors(Hidden).SingleOrDefault(c => c.GetParameters().Length == 4)
            ?? throw new MissingMemberException("ILGPU's PTXCompiledKernel constructor has changed: update StrictPtx for this ILGPU version");
        return (PTXCompiledKernel)constructor.Invoke([kernel.Context, entryPoint, kernel.Info, assembly]);
    }

    /// <summary>The float64 mul, add and sub instructions left contractible in <paramref name="ptx"/> (none after <see cref="Rewrite"/>).</summary>
    public static int ContractibleCount(string ptx) => Contractible().Count(ptx);

    [GeneratedRegex(@"\b(mul|add|sub)\.f64\b")]
    private static partial Regex Contractible();

    /// <summary>What a kernel's calls to Math.FusedMultiplyAdd become on a CUDA device.</summary>
    internal static class DeviceMath
    {
        /// <summary>a·b + c rounded once, as IEEE 754 and the CPU's FMA instruction define it.</summary>
        public static double FusedMultiplyAdd(double a, double b, double c)
        {
            CudaAsm.Emit("fma.rn.f64 %0, %1, %2, %3;", out double result, a, b, c);
            return result;
        }
    }
}
