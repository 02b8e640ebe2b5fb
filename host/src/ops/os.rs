//! Facts about the machine for host/js/os.js.

use std::ffi::CStr;

use engine_api::{Args, OpDecl, OpResult, OpState, Value};

inventory::submit!(OpDecl::sync("osInfo", op_os_info));
inventory::submit!(OpDecl::sync("osCpus", op_os_cpus));
inventory::submit!(OpDecl::sync("osMemory", op_os_memory));
inventory::submit!(OpDecl::sync("osLoadavg", op_os_loadavg));
inventory::submit!(OpDecl::sync("osUptime", op_os_uptime));
inventory::submit!(OpDecl::sync("osUserInfo", op_os_user_info));
inventory::submit!(OpDecl::sync("osNetworkInterfaces", op_os_network_interfaces));
inventory::submit!(OpDecl::sync("osPriority", op_os_priority));

fn uname() -> libc::utsname {
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    unsafe { libc::uname(&mut u) };
    u
}

fn field(f: &[libc::c_char]) -> String {
    unsafe { CStr::from_ptr(f.as_ptr()) }.to_string_lossy().into_owned()
}

/// hostname, release, version, machine, sysname.
fn op_os_info(_: &mut OpState, _: Args) -> OpResult {
    let u = uname();
    Ok(Value::object([
        ("hostname", Value::from(field(&u.nodename))),
        ("release", Value::from(field(&u.release))),
        ("version", Value::from(field(&u.version))),
        ("machine", Value::from(field(&u.machine))),
        ("type", Value::from(field(&u.sysname))),
        ("parallelism", Value::from(std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1))),
    ]))
}

/// One entry per CPU: model, speed (MHz) and the times from /proc/stat (ms).
fn op_os_cpus(_: &mut OpState, _: Args) -> OpResult {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let models: Vec<&str> = info.lines().filter_map(|l| l.strip_prefix("model name")).map(|r| r.trim_start_matches([' ', '\t', ':']).trim()).collect();
    let speeds: Vec<f64> = info.lines().filter_map(|l| l.strip_prefix("cpu MHz")).filter_map(|r| r.trim_start_matches([' ', '\t', ':']).trim().parse().ok()).collect();
    let stat = std::fs::read_to_string("/proc/stat").unwrap_or_default();
    // USER_HZ is 100 on Linux: one tick is 10 ms.
    let tick = 1000.0 / unsafe { libc::sysconf(libc::_SC_CLK_TCK) }.max(1) as f64;
    let cpus = stat
        .lines()
        .filter(|l| l.starts_with("cpu") && l.as_bytes().get(3).is_some_and(u8::is_ascii_digit))
        .enumerate()
        .map(|(i, l)| {
            let n: Vec<f64> = l.split_whitespace().skip(1).filter_map(|x| x.parse().ok()).collect();
            let t = |k: usize| Value::Number(n.get(k).copied().unwrap_or(0.0) * tick);
            Value::object([
                ("model", Value::from(models.get(i).or(models.first()).copied().unwrap_or("unknown"))),
                ("speed", Value::from(speeds.get(i).or(speeds.first()).copied().unwrap_or(0.0).floor())),
                ("times", Value::object([("user", t(0)), ("nice", t(1)), ("sys", t(2)), ("idle", t(3)), ("irq", t(5))])),
            ])
        })
        .collect();
    Ok(Value::Array(cpus))
}

fn meminfo(key: &str) -> f64 {
    std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| s.lines().find_map(|l| l.strip_prefix(key).and_then(|r| r.trim_start_matches(':').split_whitespace().next()?.parse::<f64>().ok())))
        .unwrap_or(0.0)
        * 1024.0
}

/// `[free, total]` bytes (free as Node's: MemAvailable).
fn op_os_memory(_: &mut OpState, _: Args) -> OpResult {
    Ok(Value::Array(vec![Value::Number(meminfo("MemAvailable")), Value::Number(meminfo("MemTotal"))]))
}

fn op_os_loadavg(_: &mut OpState, _: Args) -> OpResult {
    let mut l = [0f64; 3];
    unsafe { libc::getloadavg(l.as_mut_ptr(), 3) };
    Ok(Value::Array(l.iter().map(|v| Value::Number(*v)).collect()))
}

fn op_os_uptime(_: &mut OpState, _: Args) -> OpResult {
    let up = std::fs::read_to_string("/proc/uptime").ok().and_then(|s| s.split_whitespace().next()?.parse::<f64>().ok()).unwrap_or(0.0);
    Ok(Value::Number(up.floor()))
}

/// The passwd entry of the current user: uid, gid, username, homedir, shell.
fn op_os_user_info(_: &mut OpState, _: Args) -> OpResult {
    let uid = unsafe { libc::geteuid() };
    let mut pw: libc::passwd = unsafe { std::mem::zeroed() };
    let mut buf = vec![0 as libc::c_char; 16 * 1024];
    let mut result: *mut libc::passwd = std::ptr::null_mut();
    let rc = unsafe { libc::getpwuid_r(uid, &mut pw, buf.as_mut_ptr(), buf.len(), &mut result) };
    if rc != 0 || result.is_null() {
        return Err(super::io_error(&std::io::Error::from_raw_os_error(if rc == 0 { libc::ENOENT } else { rc }), "uv_os_get_passwd", None));
    }
    let s = |p: *const libc::c_char| if p.is_null() { String::new() } else { unsafe { CStr::from_ptr(p) }.to_string_lossy().into_owned() };
    Ok(Value::object([
        ("uid", Value::from(pw.pw_uid)),
        ("gid", Value::from(pw.pw_gid)),
        ("username", Value::from(s(pw.pw_name))),
        ("homedir", Value::from(s(pw.pw_dir))),
        ("shell", Value::from(s(pw.pw_shell))),
    ]))
}

/// Flat `[name, address, netmask, family, mac, internal, scopeid, ...]` for each
/// IPv4/IPv6 address, from getifaddrs.
fn op_os_network_interfaces(_: &mut OpState, _: Args) -> OpResult {
    let mut list: *mut libc::ifaddrs = std::ptr::null_mut();
    if unsafe { libc::getifaddrs(&mut list) } != 0 {
        return Err(super::io_error(&std::io::Error::last_os_error(), "uv_interface_addresses", None));
    }
    let mut macs = std::collections::HashMap::new();
    let mut out = Vec::new();
    let mut cur = list;
    unsafe {
        // First pass: MAC addresses (AF_PACKET entries).
        while !cur.is_null() {
            let ifa = &*cur;
            if !ifa.ifa_addr.is_null() && (*ifa.ifa_addr).sa_family as i32 == libc::AF_PACKET {
                let ll = &*(ifa.ifa_addr as *const libc::sockaddr_ll);
                let mac = ll.sll_addr[..6].iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":");
                macs.insert(CStr::from_ptr(ifa.ifa_name).to_string_lossy().into_owned(), mac);
            }
            cur = ifa.ifa_next;
        }
        cur = list;
        while !cur.is_null() {
            let ifa = &*cur;
            cur = ifa.ifa_next;
            if ifa.ifa_addr.is_null() {
                continue;
            }
            let family = (*ifa.ifa_addr).sa_family as i32;
            let (addr, mask, fam, scope) = match family {
                libc::AF_INET => {
                    let a = &*(ifa.ifa_addr as *const libc::sockaddr_in);
                    let m = if ifa.ifa_netmask.is_null() { 0 } else { (*(ifa.ifa_netmask as *const libc::sockaddr_in)).sin_addr.s_addr };
                    (std::net::Ipv4Addr::from(u32::from_be(a.sin_addr.s_addr)).to_string(), std::net::Ipv4Addr::from(u32::from_be(m)).to_string(), "IPv4", None)
                }
                libc::AF_INET6 => {
                    let a = &*(ifa.ifa_addr as *const libc::sockaddr_in6);
                    let m = if ifa.ifa_netmask.is_null() { [0u8; 16] } else { (*(ifa.ifa_netmask as *const libc::sockaddr_in6)).sin6_addr.s6_addr };
                    (std::net::Ipv6Addr::from(a.sin6_addr.s6_addr).to_string(), std::net::Ipv6Addr::from(m).to_string(), "IPv6", Some(a.sin6_scope_id))
                }
                _ => continue,
            };
            let name = CStr::from_ptr(ifa.ifa_name).to_string_lossy().into_owned();
            let internal = ifa.ifa_flags & libc::IFF_LOOPBACK as u32 != 0;
            let mac = macs.get(&name).cloned().unwrap_or_else(|| "00:00:00:00:00:00".into());
            out.extend([
                Value::from(name),
                Value::from(addr),
                Value::from(mask),
                Value::from(fam),
                Value::from(mac),
                Value::Bool(internal),
                scope.map(Value::from).unwrap_or_default(),
            ]);
        }
        libc::freeifaddrs(list);
    }
    Ok(Value::Array(out))
}

/// `osPriority(pid)` reads, `osPriority(pid, priority)` sets.
fn op_os_priority(_: &mut OpState, args: Args) -> OpResult {
    let pid = args.integer(0, "pid")? as libc::id_t;
    if let Ok(p) = args.integer(1, "priority") {
        if unsafe { libc::setpriority(libc::PRIO_PROCESS, pid, p as i32) } != 0 {
            return Err(super::io_error(&std::io::Error::last_os_error(), "uv_os_setpriority", None));
        }
        return Ok(Value::Undefined);
    }
    unsafe { *libc::__errno_location() = 0 };
    let p = unsafe { libc::getpriority(libc::PRIO_PROCESS, pid) };
    let err = std::io::Error::last_os_error();
    if p == -1 && err.raw_os_error().unwrap_or(0) != 0 {
        return Err(super::io_error(&err, "uv_os_getpriority", None));
    }
    Ok(Value::from(p))
}
