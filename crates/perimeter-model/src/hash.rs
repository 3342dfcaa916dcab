        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
A        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
E        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
'        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
D        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
H        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
T        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
N        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
V        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
x        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
x        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
I        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
I        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
N        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
V        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
#        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
[        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
D        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
C        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
]        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
H        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
N        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
V        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
O        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
E        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
T        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
=        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
x        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
7        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
7        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
7        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
5        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
9        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
5        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
5        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
N        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
V        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
P        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
R        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
I        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
M        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
E        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
=        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
x        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
3        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
H        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
A        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
k        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
`        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
k        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
#        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
[        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
]        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
>        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
=        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
N        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
V        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
O        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
E        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
T        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
[        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
]        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
^        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
=        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
=        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
F        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
N        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
V        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
P        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
R        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
I        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
M        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
E        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
A        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
x        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
>        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
A        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
>        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
A        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
>        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
T        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
#        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
[        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
]        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
&        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
>        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
8        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
#        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
[        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
]        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
*        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
#        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
[        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
]        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
=        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
H        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
=        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
H        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
#        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
[        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
]        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
P        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
g        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
'        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
/        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
-        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
k        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
N        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
p        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
d        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
c        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
y        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
=        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
H        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
q        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
H        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
q        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
o        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
m        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
{        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
0        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
3        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
x        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
3        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
!        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
,        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
S        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
b        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
l        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
H        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
a        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
:        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
v        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
u        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
1        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
"        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
w        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
r        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
t        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
e        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
_        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
6        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
4        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
2        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
.        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
f        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
n        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
i        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
s        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
h        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
(        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
)        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
;        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
         // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
}        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());

        // Computed by an independent Python implementation of the same framing.
        let h = StableHasher::new("event").write_str("u1").write_i64(42).finish();
        assert_eq!(format!("{h:032x}"), "49edd780e50279d837a8623fc6c1cabe");
        assert_ne!(h, StableHasher::new("visit").write_str("u1").write_i64(42).finish());
