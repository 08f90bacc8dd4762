-- A PostgreSQL database built by the hand-written migrations 20261121000001..03 (EF Core 10.0.11, commit d0549fb),
-- with rows written through that commit's own stores (two sample plans, a group member, an assigned date, a
-- profile, a report, a conversation reference, a pending import), dumped with
-- `pg_dump --inserts --no-owner --no-privileges` (its psql-only \restrict lines removed).
-- Loaded by the upgrade tests; never edit by hand.
--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_table_access_method = heap;

--
-- Name: ConversationReferences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ConversationReferences" (
    "ConversationId" text NOT NULL,
    "ChannelId" text NOT NULL,
    "ServiceUrl" text NOT NULL,
    "ConversationType" text,
    "TenantId" text,
    "IsGroup" boolean NOT NULL,
    "BotId" text NOT NULL,
    "BotName" text,
    "UserId" text,
    "UserAadObjectId" text,
    "UserName" text,
    "TeamId" text,
    "TeamsChannelId" text,
    "Locale" text,
    "CreatedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL,
    "LastActivityId" text
);


--
-- Name: ObligationUnits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."ObligationUnits" (
    "ObligationId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "Position" integer NOT NULL
);


--
-- Name: Obligations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Obligations" (
    "Id" uuid NOT NULL,
    "PlanId" uuid NOT NULL,
    "Ordinal" integer NOT NULL,
    "Description" text NOT NULL,
    "Kind" text NOT NULL,
    "Recipient" text,
    "Via" text,
    "Phrase" text,
    "RuleKind" text,
    "RuleData" text,
    "Cadence" integer,
    "NeedsDate" boolean NOT NULL,
    "SectionPath" text NOT NULL,
    "SourceLines" text NOT NULL,
    "IsRetired" boolean NOT NULL
);


--
-- Name: Occurrences; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Occurrences" (
    "Id" uuid NOT NULL,
    "ObligationId" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Label" text NOT NULL,
    "PlanLastDay" date,
    "AssignedLastDay" date,
    "DueOn" date,
    "WindowFrom" date,
    "WindowTo" date,
    "IsRetired" boolean NOT NULL
);


--
-- Name: Organisations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Organisations" (
    "Id" uuid NOT NULL,
    "Name" text NOT NULL,
    "NormalizedName" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: PendingPlanImports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."PendingPlanImports" (
    "Id" uuid NOT NULL,
    "FileName" text NOT NULL,
    "Content" bytea NOT NULL,
    "RequestedByAadObjectId" text,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: Plans; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Plans" (
    "Id" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "NaturalKey" text NOT NULL,
    "Number" text,
    "Issuer" text,
    "Locality" text,
    "IssuedOn" date,
    "Title" text NOT NULL,
    "PeriodFromYear" integer NOT NULL,
    "PeriodToYear" integer NOT NULL,
    "CoordinatorName" text,
    "CoordinatorUnitId" uuid,
    "SourceText" text NOT NULL,
    "ContentHash" text NOT NULL,
    "ImportedAt" timestamp with time zone NOT NULL,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: Reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Reports" (
    "Id" uuid NOT NULL,
    "OccurrenceId" uuid NOT NULL,
    "UnitId" uuid NOT NULL,
    "Status" text NOT NULL,
    "SubmittedAt" timestamp with time zone,
    "SubmittedByAadObjectId" text,
    "SubmittedByName" text,
    "Content" text,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: Units; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."Units" (
    "Id" uuid NOT NULL,
    "OrganisationId" uuid NOT NULL,
    "Name" text NOT NULL,
    "NormalizedName" text NOT NULL,
    "IsGroup" boolean NOT NULL,
    "GroupSize" integer,
    "IsCoordinator" boolean NOT NULL,
    "IsRequestOnly" boolean NOT NULL,
    "ParentUnitId" uuid,
    "AddedByAdministrator" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL
);


--
-- Name: UserProfiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."UserProfiles" (
    "AadObjectId" text NOT NULL,
    "TeamsUserId" text,
    "DisplayName" text,
    "OrganisationId" uuid,
    "UnitId" uuid,
    "UpdatedAt" timestamp with time zone NOT NULL
);


--
-- Name: __EFMigrationsHistory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public."__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL
);


--
-- Data for Name: ConversationReferences; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ConversationReferences" VALUES ('a:1XyZ-personal-nguyen', 'msteams', 'https://smba.trafficmanager.net/apac/', 'personal', 'tenant-quan7', false, '28:danvanbot', 'Trợ lý Dân vận', '29:1AbCdEf-nguyen', 'aad-nguyen-van-a', 'Nguyễn Văn A', NULL, NULL, 'vi-VN', '2026-11-20 02:15:00+00', '2026-11-20 02:15:00+00', '1732070100000');


--
-- Data for Name: ObligationUnits; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."ObligationUnits" VALUES ('1cddd467-13ab-8e83-b04f-947df7d40f33', '6656718b-b88f-8f55-90b1-ab2b1590f884', 1);
INSERT INTO public."ObligationUnits" VALUES ('1cddd467-13ab-8e83-b04f-947df7d40f33', 'c3fca734-6ea3-83f7-b5fc-4a68c59b51e6', 0);
INSERT INTO public."ObligationUnits" VALUES ('381c28bf-de4b-8213-b304-f19c90155862', 'ee47a4ee-eed9-8550-a3bb-8b8d28b345f3', 0);
INSERT INTO public."ObligationUnits" VALUES ('79353506-a273-87b9-9447-1a2d229410dd', '6656718b-b88f-8f55-90b1-ab2b1590f884', 1);
INSERT INTO public."ObligationUnits" VALUES ('79353506-a273-87b9-9447-1a2d229410dd', 'c3fca734-6ea3-83f7-b5fc-4a68c59b51e6', 0);
INSERT INTO public."ObligationUnits" VALUES ('87e696f4-307f-8772-ad3e-99464d71b300', 'ee47a4ee-eed9-8550-a3bb-8b8d28b345f3', 0);
INSERT INTO public."ObligationUnits" VALUES ('9cce8ca0-ea6d-82e3-842b-6f589143d098', '6656718b-b88f-8f55-90b1-ab2b1590f884', 1);
INSERT INTO public."ObligationUnits" VALUES ('9cce8ca0-ea6d-82e3-842b-6f589143d098', 'c3fca734-6ea3-83f7-b5fc-4a68c59b51e6', 0);
INSERT INTO public."ObligationUnits" VALUES ('1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'eb70a15a-6d55-8d2e-a679-299f860cce03', 0);
INSERT INTO public."ObligationUnits" VALUES ('3a65a899-d1c4-84a0-9412-e46bb53ffa7e', '2bdf0895-46bd-8464-b4d2-3f5499f23297', 0);
INSERT INTO public."ObligationUnits" VALUES ('6a2b794b-0b37-8809-adb7-74ff1732d8a2', '2bdf0895-46bd-8464-b4d2-3f5499f23297', 0);
INSERT INTO public."ObligationUnits" VALUES ('db02815e-4fdd-87ef-b38b-8ce7f18b84a4', '2bdf0895-46bd-8464-b4d2-3f5499f23297', 0);
INSERT INTO public."ObligationUnits" VALUES ('fe14293d-7f39-8821-a2e8-c92dd2fb985d', '2bdf0895-46bd-8464-b4d2-3f5499f23297', 0);


--
-- Data for Name: Obligations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Obligations" VALUES ('1cddd467-13ab-8e83-b04f-947df7d40f33', '314cab0e-07e0-8d32-a9e6-82e8637453e7', 2, 'Xây dựng Kế hoạch thực hiện công tác Dân vận Chính quyền năm 2022 cụ thể của từng cơ quan, đơn vị để triển khai thực hiện đảm bảo phù hợp với tình hình thực tế tại địa phương, cơ quan, đơn vị', 'Activity', NULL, NULL, NULL, NULL, NULL, NULL, true, 'III.2', '118', false);
INSERT INTO public."Obligations" VALUES ('381c28bf-de4b-8213-b304-f19c90155862', '314cab0e-07e0-8d32-a9e6-82e8637453e7', 0, 'Tham mưu Ủy ban nhân dân Quận ban hành Kế hoạch kiểm tra việc thực hiện công tác Dân vận Chính quyền đối với Ủy ban nhân dân Phường, các phòng, ban và đơn vị thuộc Ủy ban nhân dân Quận', 'Activity', 'UBND Quận', NULL, 'dự kiến thực hiện kiểm tra trong tháng 10/2022', 'MonthWindow', '{"Year":2022,"Month":10}', NULL, false, 'III.1', '112', false);
INSERT INTO public."Obligations" VALUES ('79353506-a273-87b9-9447-1a2d229410dd', '314cab0e-07e0-8d32-a9e6-82e8637453e7', 3, 'Báo cáo 6 tháng', 'Report', 'UBND Quận', 'Phòng Nội vụ', 'Trước ngày 01/5/2022', 'OneOffDeadline', '{"LastDay":"2022-04-30"}', 4, false, 'III.2', '120,122', false);
INSERT INTO public."Obligations" VALUES ('87e696f4-307f-8772-ad3e-99464d71b300', '314cab0e-07e0-8d32-a9e6-82e8637453e7', 1, 'Định kỳ hàng quý, 6 tháng, năm 2022 trên cơ sở báo cáo của các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường, tổng hợp báo cáo Ủy ban nhân dân Quận kết quả thực hiện công tác Dân vận Chính quyền trên địa bàn Quận', 'Report', 'UBND Quận', NULL, 'Định kỳ hàng quý, 6 tháng, năm 2022', 'CadenceOnly', '{"Cadence":22}', 22, true, 'III.1', '114', false);
INSERT INTO public."Obligations" VALUES ('9cce8ca0-ea6d-82e3-842b-6f589143d098', '314cab0e-07e0-8d32-a9e6-82e8637453e7', 4, 'Báo cáo năm 2022', 'Report', 'UBND Quận', 'Phòng Nội vụ', 'Trước ngày 30/10/2022', 'OneOffDeadline', '{"LastDay":"2022-10-29"}', 16, false, 'III.2', '120,124', false);
INSERT INTO public."Obligations" VALUES ('1c388c42-ed40-8b74-b230-ffd0ec7b9967', '8401a423-1607-8e59-813f-0ba3c473c3cb', 0, 'Tham mưu Ủy ban nhân dân huyện thực hiện chế độ thông tin, báo cáo kết quả thực hiện công tác dân vận 06 tháng, năm và sơ, tổng kết hàng năm', 'Report', 'UBND huyện', NULL, NULL, 'CadenceOnly', '{"Cadence":20}', 20, true, 'IV.1', '103', false);
INSERT INTO public."Obligations" VALUES ('3a65a899-d1c4-84a0-9412-e46bb53ffa7e', '8401a423-1607-8e59-813f-0ba3c473c3cb', 1, 'Xây dựng kế hoạch thực hiện công tác dân vận chính quyền giai đoạn, hàng năm phù hợp với tình hình thực tế', 'Activity', NULL, NULL, NULL, 'CadenceOnly', '{"Cadence":16}', 16, true, 'IV.2', '107', false);
INSERT INTO public."Obligations" VALUES ('6a2b794b-0b37-8809-adb7-74ff1732d8a2', '8401a423-1607-8e59-813f-0ba3c473c3cb', 3, 'Báo cáo 06 tháng', 'Report', 'UBND huyện', 'Cơ quan Tổ chức - Nội vụ', 'trước ngày 10 tháng 6 hàng năm', 'YearlyDeadline', '{"Month":6,"Day":9}', 4, false, 'IV.2', '111', false);
INSERT INTO public."Obligations" VALUES ('db02815e-4fdd-87ef-b38b-8ce7f18b84a4', '8401a423-1607-8e59-813f-0ba3c473c3cb', 2, 'Hàng năm xây dựng kế hoạch kiểm tra việc thực hiện công tác dân vận chính quyền tại cơ quan, đơn vị, địa phương hoặc lồng ghép vào kế hoạch kiểm tra thực hiện nhiệm vụ chuyên môn, kiểm tra nội bộ, kiểm tra công vụ', 'Activity', NULL, NULL, 'Hàng năm', 'CadenceOnly', '{"Cadence":16}', 16, true, 'IV.2', '109', false);
INSERT INTO public."Obligations" VALUES ('fe14293d-7f39-8821-a2e8-c92dd2fb985d', '8401a423-1607-8e59-813f-0ba3c473c3cb', 4, 'Báo cáo năm', 'Report', 'UBND huyện', 'Cơ quan Tổ chức - Nội vụ', 'trước ngày 25 tháng 11 hàng năm', 'YearlyDeadline', '{"Month":11,"Day":24}', 16, false, 'IV.2', '111', false);


--
-- Data for Name: Occurrences; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Occurrences" VALUES ('049bb010-50a9-8305-9ad8-709c75f75d94', '79353506-a273-87b9-9447-1a2d229410dd', '90b89126-08d1-8213-a976-9df5dc082256', '2022', '2022-04-30', NULL, '2022-04-30', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('08732c55-2aef-8a09-a5ea-a2cdd8bf9c0c', '87e696f4-307f-8772-ad3e-99464d71b300', '90b89126-08d1-8213-a976-9df5dc082256', 'Năm 2022', NULL, NULL, NULL, '2022-01-01', '2022-12-31', false);
INSERT INTO public."Occurrences" VALUES ('1fd47370-976a-8afa-823b-35da5144c11b', '87e696f4-307f-8772-ad3e-99464d71b300', '90b89126-08d1-8213-a976-9df5dc082256', 'Quý 4/2022', NULL, NULL, NULL, '2022-10-01', '2022-12-31', false);
INSERT INTO public."Occurrences" VALUES ('2ec7c8ae-bb68-854e-83e9-2c61fb6fb16d', '381c28bf-de4b-8213-b304-f19c90155862', '90b89126-08d1-8213-a976-9df5dc082256', 'Tháng 10/2022', '2022-10-31', NULL, '2022-10-31', '2022-10-01', '2022-10-31', false);
INSERT INTO public."Occurrences" VALUES ('463597d6-4ffe-8e1d-b39f-a03eec44bec2', '1cddd467-13ab-8e83-b04f-947df7d40f33', '90b89126-08d1-8213-a976-9df5dc082256', '2022', NULL, NULL, NULL, '2022-01-01', '2022-12-31', false);
INSERT INTO public."Occurrences" VALUES ('8bdad37a-5a9b-8e01-a85c-7ee96ba01cfb', '87e696f4-307f-8772-ad3e-99464d71b300', '90b89126-08d1-8213-a976-9df5dc082256', 'Quý 2/2022', NULL, NULL, NULL, '2022-04-01', '2022-06-30', false);
INSERT INTO public."Occurrences" VALUES ('cef6e833-a240-8763-af19-f0f60dc6486c', '9cce8ca0-ea6d-82e3-842b-6f589143d098', '90b89126-08d1-8213-a976-9df5dc082256', '2022', '2022-10-29', NULL, '2022-10-29', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('e9d7e285-775b-87d0-b1e5-e71df0620c65', '87e696f4-307f-8772-ad3e-99464d71b300', '90b89126-08d1-8213-a976-9df5dc082256', 'Quý 3/2022', NULL, NULL, NULL, '2022-07-01', '2022-09-30', false);
INSERT INTO public."Occurrences" VALUES ('f93611ac-04c9-8aae-8757-6a02ee6c4d7a', '87e696f4-307f-8772-ad3e-99464d71b300', '90b89126-08d1-8213-a976-9df5dc082256', '6 tháng 2022', NULL, NULL, NULL, '2022-01-01', '2022-06-30', false);
INSERT INTO public."Occurrences" VALUES ('0769a427-d4df-81fe-b1ac-12970f774d11', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2024', NULL, NULL, NULL, '2024-01-01', '2024-12-31', false);
INSERT INTO public."Occurrences" VALUES ('0a627c03-d97e-87a9-8511-9409805a886f', '6a2b794b-0b37-8809-adb7-74ff1732d8a2', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2025', '2025-06-09', NULL, '2025-06-09', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('0d2a06ab-b8fa-8f38-98f0-144b61e9110f', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '6 tháng 2022', NULL, NULL, NULL, '2022-01-01', '2022-06-30', false);
INSERT INTO public."Occurrences" VALUES ('2b5bb9da-6001-89ec-b20b-0f897a0ff20f', '6a2b794b-0b37-8809-adb7-74ff1732d8a2', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2026', '2026-06-09', NULL, '2026-06-09', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('3680ebe5-effe-876c-a1b8-2cd2d584884c', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2022', NULL, NULL, NULL, '2022-01-01', '2022-12-31', false);
INSERT INTO public."Occurrences" VALUES ('38d8afb1-5446-8d98-be32-a684d6c03d41', '3a65a899-d1c4-84a0-9412-e46bb53ffa7e', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2025', NULL, NULL, NULL, '2025-01-01', '2025-12-31', false);
INSERT INTO public."Occurrences" VALUES ('41ddb14d-d6f2-84c7-b9a5-ef5924e98747', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2023', NULL, NULL, NULL, '2023-01-01', '2023-12-31', false);
INSERT INTO public."Occurrences" VALUES ('44b6e84b-4b57-8064-b60a-ceea8b4e7ed6', 'db02815e-4fdd-87ef-b38b-8ce7f18b84a4', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2026', NULL, NULL, NULL, '2026-01-01', '2026-12-31', false);
INSERT INTO public."Occurrences" VALUES ('44d49df5-8999-8d70-8571-02fd0ecc75ca', '3a65a899-d1c4-84a0-9412-e46bb53ffa7e', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2024', NULL, NULL, NULL, '2024-01-01', '2024-12-31', false);
INSERT INTO public."Occurrences" VALUES ('4d772448-de5f-8ea0-a299-9572d7ea3a87', '3a65a899-d1c4-84a0-9412-e46bb53ffa7e', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2026', NULL, NULL, NULL, '2026-01-01', '2026-12-31', false);
INSERT INTO public."Occurrences" VALUES ('505737a8-f2f7-8604-bae1-7094b3fcfea9', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2026', NULL, NULL, NULL, '2026-01-01', '2026-12-31', false);
INSERT INTO public."Occurrences" VALUES ('580b1528-1af5-8b87-885d-2ed7492ed122', 'fe14293d-7f39-8821-a2e8-c92dd2fb985d', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2025', '2025-11-24', NULL, '2025-11-24', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('5975ffc2-616d-8ea6-b597-aabcca792c68', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '6 tháng 2023', NULL, NULL, NULL, '2023-01-01', '2023-06-30', false);
INSERT INTO public."Occurrences" VALUES ('68926841-7675-81d0-be90-80ed082c7426', 'fe14293d-7f39-8821-a2e8-c92dd2fb985d', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2026', '2026-11-24', NULL, '2026-11-24', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('70231b33-5efd-8e00-9152-6f2ccf446499', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2025', NULL, NULL, NULL, '2025-01-01', '2025-12-31', false);
INSERT INTO public."Occurrences" VALUES ('7397bbee-9108-81d5-a916-f3b12a1c3580', 'db02815e-4fdd-87ef-b38b-8ce7f18b84a4', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2022', NULL, NULL, NULL, '2022-01-01', '2022-12-31', false);
INSERT INTO public."Occurrences" VALUES ('92548775-52fb-8789-b454-8b6cb7fa8e4b', 'db02815e-4fdd-87ef-b38b-8ce7f18b84a4', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2025', NULL, NULL, NULL, '2025-01-01', '2025-12-31', false);
INSERT INTO public."Occurrences" VALUES ('999e90d1-9642-81ba-a413-cf94ba371720', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '6 tháng 2024', NULL, NULL, NULL, '2024-01-01', '2024-06-30', false);
INSERT INTO public."Occurrences" VALUES ('9d14ad91-a91e-875a-ac0f-3c052b8b5d32', 'db02815e-4fdd-87ef-b38b-8ce7f18b84a4', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2023', NULL, NULL, NULL, '2023-01-01', '2023-12-31', false);
INSERT INTO public."Occurrences" VALUES ('a20e8bdf-c55d-817d-baa8-a4f58b658af2', '3a65a899-d1c4-84a0-9412-e46bb53ffa7e', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2023', NULL, NULL, NULL, '2023-01-01', '2023-12-31', false);
INSERT INTO public."Occurrences" VALUES ('a6815553-8835-8cc3-8c91-a1e7b196e2d3', 'db02815e-4fdd-87ef-b38b-8ce7f18b84a4', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2024', NULL, NULL, NULL, '2024-01-01', '2024-12-31', false);
INSERT INTO public."Occurrences" VALUES ('ca1a47c8-f17d-868e-8682-2a249feee50f', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '6 tháng 2025', NULL, NULL, NULL, '2025-01-01', '2025-06-30', false);
INSERT INTO public."Occurrences" VALUES ('dfc87497-0511-8b5e-baa3-696f9d9d93cc', 'fe14293d-7f39-8821-a2e8-c92dd2fb985d', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2024', '2024-11-24', NULL, '2024-11-24', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('e093ad1f-6e1f-8114-96f9-f58ed7932839', '6a2b794b-0b37-8809-adb7-74ff1732d8a2', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2024', '2024-06-09', NULL, '2024-06-09', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('e720f87b-eb99-898a-8052-d69ed8bdfc1f', '6a2b794b-0b37-8809-adb7-74ff1732d8a2', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2023', '2023-06-09', NULL, '2023-06-09', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('ebd6b67b-410c-8d8f-be5a-7c24c804de04', '1c388c42-ed40-8b74-b230-ffd0ec7b9967', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '6 tháng 2026', NULL, NULL, NULL, '2026-01-01', '2026-06-30', false);
INSERT INTO public."Occurrences" VALUES ('ef3bce2c-6ef5-89f1-ba09-366036dd842a', 'fe14293d-7f39-8821-a2e8-c92dd2fb985d', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2022', '2022-11-24', NULL, '2022-11-24', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('f088a75e-7442-8906-9464-4d125ce033b1', '6a2b794b-0b37-8809-adb7-74ff1732d8a2', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2022', '2022-06-09', NULL, '2022-06-09', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('f103ea1e-ebcd-82bd-ad2b-a9ba8af6b2c0', 'fe14293d-7f39-8821-a2e8-c92dd2fb985d', 'a2ec2775-b091-8dab-894e-1a4de4714a25', '2023', '2023-11-24', NULL, '2023-11-24', NULL, NULL, false);
INSERT INTO public."Occurrences" VALUES ('f31f4fc0-f105-84e2-97c1-e3cbbbe45516', '3a65a899-d1c4-84a0-9412-e46bb53ffa7e', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Năm 2022', NULL, NULL, NULL, '2022-01-01', '2022-12-31', false);
INSERT INTO public."Occurrences" VALUES ('f05e8da0-a5be-8188-aec9-3755f657d482', '87e696f4-307f-8772-ad3e-99464d71b300', '90b89126-08d1-8213-a976-9df5dc082256', 'Quý 1/2022', NULL, '2022-06-15', '2022-06-15', '2022-01-01', '2022-03-31', false);


--
-- Data for Name: Organisations; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Organisations" VALUES ('90b89126-08d1-8213-a976-9df5dc082256', 'UBND Quận 7', 'ubnd quận 7', '2026-11-20 02:15:00+00');
INSERT INTO public."Organisations" VALUES ('a2ec2775-b091-8dab-894e-1a4de4714a25', 'UBND huyện Cầu Ngang', 'ubnd huyện cầu ngang', '2026-11-20 02:15:00+00');


--
-- Data for Name: PendingPlanImports; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."PendingPlanImports" VALUES ('a5264b52-6daf-42ac-83eb-713e2142de9a', 'ke-hoach-moi.txt', '\x4be1babe20484fe1baa043480a5468e1bbb163206869e1bb876e2063c3b46e672074c3a1632064c3a26e2076e1baad6e206368c3ad6e6820717579e1bb816e206ec4836d20323032370a', 'aad-nguyen-van-a', '2026-11-20 02:15:00+00');


--
-- Data for Name: Plans; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Plans" VALUES ('314cab0e-07e0-8d32-a9e6-82e8637453e7', '90b89126-08d1-8213-a976-9df5dc082256', 'ubnd quận 7|102/kh-ubnd-nv|2022', '102/KH-UBND-NV', 'UBND Quận 7', 'Quận 7', '2022-03-30', 'Thực hiện công tác Dân vận Chính quyền năm 2022', 2022, 2022, 'Phòng Nội vụ', 'ee47a4ee-eed9-8550-a3bb-8b8d28b345f3', '

Số: 102/KH-UBND-NV

Quận 7, ngày 30 tháng 3 năm 2022

KẾ HOẠCH
Thực hiện công tác Dân vận Chính quyền năm 2022

Căn cứ Chỉ thị số 04/CT-UBND ngày 22 tháng 01 năm 2022 của Ủy ban nhân dân Thành phố Hồ Chí Minh về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới;

Căn cứ Kế hoạch số 246/KH-UBND ngày 21 tháng 01 năm 2022 của Ủy ban nhân dân Thành phố Hồ Chí Minh về triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ.

Căn cứ Chỉ thị số 02-CT/QU ngày 22/01/2021 của Quận ủy về tăng cường sự lãnh đạo của Đảng và tiếp tục đổi mới, nâng cao hiệu quả công tác Dân vận của các cơ quan nhà nước trên địa bàn Quận 7 (giai đoạn 2020 – 2025);

Ủy ban nhân dân Quận xây dựng Kế hoạch thực hiện công tác Dân vận Chính quyền năm 2022, cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Tạo sự chuyển biến tích cực về nhận thức và hành động các cấp về vai trò, tầm quan trọng của công tác dân vận gắn với nhiệm vụ phục hồi và phát triển kinh tế - xã hội sau đại dịch COVID-19; góp phần xây dựng Nhà nước pháp quyền, dân chủ, xây dựng nền hành chính nhà nước phục vụ, chuyên nghiệp, hiện đại, trong sạch, vững mạnh, công khai, minh bạch, gần dân, bảo đảm quyền làm chủ của Nhân dân; củng cố vững chắc lòng tin của Nhân dân đối với Đảng và Nhà nước.

2. Xác định vai trò, trách nhiệm của người đứng đầu các cơ quan, đơn vị trong thực hiện công tác dân vận, từng bước đổi mới nội dung, phương thức hoạt động, tinh thần phục vụ Nhân dân phù hợp với tình hình thực tế theo chức năng, nhiệm vụ được giao.

3. Nâng cao nhận thức của đội ngũ cán bộ, công chức, viên chức trong các cơ quan nhà nước; nêu cao tinh thần phục vụ và ý thức trách nhiệm trước Nhân dân. Kịp thời phát hiện, ngăn ngừa hành vi sách nhiễu, gây phiền hà cho tổ chức, công dân trong thi hành nhiệm vụ và giải quyết thủ tục hành chính của đội ngũ công chức, viên chức trong các cơ quan nhà nước.

4. Triển khai thực hiện nghiêm túc, chặt chẽ, đồng bộ, đảm bảo chất lượng, hiệu quả Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ về việc tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới. Tăng cường sự lãnh đạo của các cấp ủy, chính quyền; sự phối hợp chặt chẽ giữa Chính quyền và Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội trong công tác dân vận.

II. NHIỆM VỤ, GIẢI PHÁP

1. Đẩy mạnh công tác tuyên truyền, nâng cao nhận thức của đội ngũ cán bộ, công chức, viên chức và các tầng lớp nhân dân về vai trò, vị trí của công tác Dân vận trong tình hình mới

- Thường xuyên quán triệt và thể chế hóa chủ trương, đường lối của Đảng, chính sách pháp luật của nhà nước về công tác dân vận trong tình hình mới gắn với nhiệm vụ phục hồi và phát triển kinh tế - xã hội quận sau đại dịch COVID-19; xác định công tác dân vận là nhiệm vụ của cả hệ thống chính trị, trong đó xây dựng nền hành chính nhà nước phục vụ Nhân dân, dân chủ, pháp quyền, chuyên nghiệp, hiện đại, trong sạch, vững mạnh, công khai, minh bạch.

- Đẩy mạnh các hoạt động tuyên truyền, giáo dục nhằm nâng cao nhận thức về ý nghĩa, tầm quan trọng của công tác dân vận; về vị trí, vai trò trách nhiệm của cơ quan hành chính nhà nước các cơ quan, đơn vị và Ủy ban nhân dân 10 Phường trong thực hiện công tác dân vận, đảm bảo công tác dân vận luôn gần gũi với Nhân dân. Cần quan tâm tuyên truyền, vận động người dân; chú trọng đổi mới nội dung và hình thức tuyên truyền, vận động Nhân dân sao cho dễ hiểu, dễ nhớ, dễ thực hiện, nhất là trong bối cảnh dịch bệnh COVID-19.

2. Tăng cường và đổi mới công tác Dân vận

- Tiếp tục thực hiện tốt phong trào thi đua “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa, xã hội, an ninh, quốc phòng gắn với Kết luận số 01-KL/TW ngày 18 tháng 5 năm 2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW ngày 15 tháng 5 năm 2016 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.

- Các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường có Kế hoạch cụ thể và tổ chức thực hiện nghiêm túc các chủ trương, đường lối, Nghị quyết, Chỉ thị của Đảng; chính sách, pháp luật của Nhà nước, các Văn bản chỉ đạo của Cấp ủy, Chính quyền cấp trên về công tác Dân vận. Tiếp tục đổi mới nội dung, phương thức trong công tác vận động Nhân dân, công tác dân tộc, công tác

tôn giáo và nâng cao hiệu quả thực hiện Quy chế dân chủ ở cơ sở; gắn công tác Dân vận với thực hiện nhiệm vụ chính trị của cơ quan, đơn vị, địa phương.

- Công khai các quy định cụ thể về chức danh, trách nhiệm phục vụ Nhân dân của cán bộ, công chức, viên chức để Nhân dân biết và giám sát, kiểm tra việc thực hiện. Đẩy mạnh cải cách hành chính, đổi mới lề lối làm việc, chấn chỉnh thái độ phục vụ Nhân dân của đội ngũ cán bộ, công chức, viên chức. Tăng cường đối thoại, tiếp xúc trực tiếp với Nhân dân; làm tốt công tác thanh tra nhân dân, công tác hòa giải ở cơ sở; thực hiện tốt quy chế dân chủ ở cơ sở; chủ động nắm tình hình và giải quyết những công việc liên quan đến đời sống của Nhân dân.

- Các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường chủ động tham mưu, đề xuất với Ủy ban nhân dân Quận thực hiện tốt cải cách hành chính để phục vụ Nhân dân ngày càng tốt hơn; tổ chức thực hiện nghiêm túc, đầy đủ các chế độ, chính sách, nhất là các chính sách bảo đảm an sinh xã hội, chính sách đối với người có công, người nghèo, người khuyết tật và các chính sách phát triển kinh tế, văn hóa, xã hội và đời sống của Nhân dân.

- Tăng cường thanh tra, kiểm tra việc thực hiện quản lý đất đai, quản lý xây dựng; giải phóng mặt bằng, thực hiện các dự án đầu tư; thu, chi tài chính; tuyển dụng, bổ nhiệm cán bộ...

- Các phòng ban, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường thực hiện nghiêm túc về đạo đức công vụ phát huy vai trò gương mẫu của cán bộ, đảng viên. Thực hiện tốt văn hóa công sở, ý thức trách nhiệm, tinh thần phục vụ Nhân dân; đổi mới và thực hiện phong cách làm việc “Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân”, “Nghe dân nói”, “Nói dân hiểu”, “Hướng dẫn dân làm”, “Làm dân tin”. Tăng cường công tác kiểm tra, thanh tra công vụ, xử lý nghiêm những cán bộ, công chức, viên chức có hành vi cửa quyền, gây phiền hà cho Nhân dân; xâm phạm quyền và lợi ích chính đáng của Nhân dân.

- Phối hợp cùng Ban Dân vận Quận ủy nắm tình hình trong Nhân dân, kịp thời phản ánh, trao đổi, bàn bạc thống nhất các biện pháp triển khai thực hiện Kế hoạch nâng cấp hèm chính theo quy hoạch, vận động Nhân dân hiến đất mở rộng hèm và các dự án bồi thường giải phóng mặt bằng trên địa bàn Quận.

- Thủ trưởng các cơ quan, đơn vị thuộc Quận, Bí thư, Chủ tịch Ủy ban nhân dân 10 Phường tổ chức đối thoại với Nhân dân, đoàn viên, hội viên, cán bộ công chức, viên chức liên quan đến những vấn đề khó của đơn vị, địa phương.

3. Gắn thực hiện công tác Dân vận với đẩy mạnh cải cách hành chính

- Tổ chức triển khai có hiệu quả Quyết định số 3637/QĐ-UBND ngày 20 tháng 10 năm 2021 của Ủy ban nhân dân Thành phố về ban hành Kế hoạch thực hiện Chương trình tổng thể cải cách hành chính nhà nước trên địa bàn Thành phố Hồ Chí Minh giai đoạn 2021 – 2030; đổi mới căn bản hoạt động quản lý, điều hành của cơ quan hành chính Nhà nước và Chính quyền các cấp theo hướng hiệu lực, hiệu quả, công khai minh bạch, dân chủ, thân thiện và gần dân; thực hiện cải cách thủ tục hành chính quyết liệt, thực chất, hiệu quả; đẩy mạnh phân cấp, phân quyền, nhất là trong giải quyết thủ tục hành chính; hoàn thành việc rà soát và sắp xếp tinh gọn bộ máy; ưu tiên nguồn lực, thực hiện hiệu quả chuyển đổi số; tập trung hoàn thiện thể chế của nền hành chính Nhà nước theo hướng phát huy dân chủ, công khai, minh bạch, bảo đảm sự tham gia giám sát và quyền làm chủ của Nhân dân; cụ thể hóa, thực hiện tốt phương châm “Dân biết, dân bàn, dân làm, dân kiểm tra, dân giám sát, dân thụ hưởng”.

- Tiếp tục tập trung thực hiện hiệu quả công tác cải cách hành chính, nhất là đơn giản hóa thủ tục hành chính, tăng cường ứng dụng công nghệ thông tin trong hoạt động quản lý, điều hành, tạo thuận lợi cho tổ chức, công dân trong giải quyết thủ tục hành chính tại cơ quan Nhà nước nhanh, gọn, hiệu quả.

- Rà soát, bãi bỏ những văn bản trái pháp luật, không đúng thẩm quyền, những văn bản gây phiền hà cho nhân dân. Khi triển khai các chương trình, dự án, phải tổ chức lấy ý kiến rộng rãi trong Nhân dân, tiếp thu ý kiến đóng góp của Nhân dân, xây dựng các văn bản quy phạm pháp luật, chương trình, dự án phù hợp với thực tiễn, lợi ích và nguyện vọng chính đáng của Nhân dân, được Nhân dân đồng tình ủng hộ.

- Tích cực thực hiện cải cách thủ tục hành chính, thực hiện cơ chế “một cửa”, “một cửa liên thông”, công khai, minh bạch các thủ tục hành chính theo quy định, tạo thuận lợi cho các tổ chức, cá nhân trong tiếp cận và thực hiện thủ tục hành chính; đẩy mạnh ứng dụng công nghệ thông tin; sử dụng có hiệu quả cơ sở hạ tầng thông tin điện tử trong chỉ đạo, điều hành, trao đổi thông tin ở các cơ quan quản lý hành chính Nhà nước và phục vụ trao đổi, cung cấp, chia sẻ thông tin giữa các cơ quan, tổ chức, cá nhân.

- Thực hiện tốt công tác đánh giá, quy hoạch, đào tạo, tuyển dụng, bố trí, sử dụng, điều động, luân chuyển cán bộ đáp ứng yêu cầu nhiệm vụ trong tình hình mới; chú ý quan tâm nâng cao chất lượng đội ngũ cán bộ, công chức Phường; xây

dựng đội ngũ cán bộ, công chức cơ quan Chính quyền theo hướng chuyên nghiệp, đáp ứng yêu cầu quản lý Nhà nước, nâng cao đạo đức công vụ, trách nhiệm phục vụ Nhân dân; luôn bám sát cơ sở, địa bàn, sát dân, tuyên truyền, vận động Nhân dân thực hiện nghiêm các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.

4. Tiếp tục quán triệt vận dụng và cụ thể hóa các văn bản chỉ đạo về thực hiện dân chủ ở cơ sở

- Thực hiện tốt chủ đề năm 2022 của Thành phố “*Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19, tiếp tục nâng cao chất lượng xây dựng chính quyền đô thị, cải thiện môi trường đầu tư, đồng hành cùng doanh nghiệp*” gắn với tiếp tục thực hiện hiệu quả Nghị quyết 03-NQ/HĐNDTP của Hội đồng nhân dân Thành phố về thực hiện Nghị quyết 54-NQ/QH14 của Quốc hội.

- Tiếp tục đẩy mạnh công tác tuyên truyền và thực hiện chủ trương, chính sách của Đảng, Nhà nước về xây dựng và thực hiện Quy chế dân chủ ở cơ sở... nhằm tạo chuyển biến về ý thức, trách nhiệm của cán bộ, công chức, viên chức trong thực hiện Quy chế dân chủ ở cơ sở theo Pháp lệnh 34/UBTVQH của Ủy ban Thường vụ Quốc hội về thực hiện dân chủ ở xã, phường, thị trấn; Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính Nhà nước và đơn vị sự nghiệp công lập; Nghị định 145/2020/NĐ-CP ngày 14 tháng 12 năm 2020 của Chính phủ về Quy định chi tiết và hướng dẫn thi hành một số điều của Bộ luật Lao động về điều kiện lao động và quan hệ lao động (thay thế Nghị định số 149/2018/NĐ-CP ngày 07 tháng 11 năm 2018 của Chính phủ) chi tiết tại Mục 2, Chương V quy định về thực hiện quy chế dân chủ ở cơ sở tại nơi làm việc. Nâng cao vai trò trách nhiệm của các cấp Chính quyền, nhất là vai trò của người đứng đầu cơ quan, đơn vị. Thường xuyên, kiểm tra, đánh giá việc thực hiện Quy chế dân chủ ở cơ sở gắn với xây dựng Chính quyền, cơ quan, tổ chức, đơn vị trong sạch, vững mạnh; phê bình và xử lý nghiêm các tập thể, cá nhân có hành vi sách nhiễu, phiền hà, xâm phạm lợi ích chính đáng và quyền làm chủ của người dân.

- Tổ chức thực hiện tốt Luật Tiếp cận thông tin nhằm bảo đảm quyền tiếp cận thông tin của công dân; thực hiện nghiêm túc trách nhiệm tiếp công dân, tăng cường, công khai đối thoại tiếp dân tại cơ sở, nơi xảy ra vụ việc. Tập trung giải quyết đơn thư khiếu nại, tố cáo, kéo dài, dư luận quan tâm; giải quyết kịp thời những bức xúc, nguyện vọng chính đáng của người dân.

5. Đẩy mạnh các phong trào thi đua yêu nước hướng vào thực hiện tốt các nhiệm vụ chính trị của đơn vị

- Các cơ quan, đơn vị thuộc Quận, Ủy ban nhân dân 10 Phường tiếp tục đẩy mạnh các phong trào thi đua yêu nước tại cơ quan, đơn vị và trong Nhân dân gắn với việc thực hiện chủ đề năm 2022 của Thành phố “*Thích ứng an toàn, linh hoạt, kiểm soát hiệu quả dịch COVID-19, tiếp tục nâng cao chất lượng xây dựng chính quyền đô thị, cải thiện môi trường đầu tư, đồng hành cùng doanh nghiệp*”; đẩy mạnh tuyên truyền học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh và việc thực hiện Nghị quyết Trung ương 4 (khóa XII) về “Tăng cường xây dựng, chỉnh đốn Đảng, ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, đạo đức, lối sống, những biểu hiện “Tự diễn biến, tự chuyển hóa” trong nội bộ; phong trào thi đua “Dân vận khéo”; phong trào “Toàn dân bảo vệ an ninh Tổ quốc”; phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa”...

- Tích cực phối hợp vận động các tầng lớp Nhân dân phát triển sản xuất, thực hành tiết kiệm, giải quyết việc làm, cải thiện và nâng cao đời sống Nhân dân; tích cực thực hiện các chương trình giảm nghèo bền vững, đảm bảo an sinh xã hội,... phấn đấu hoàn thành các Chương trình, Kế hoạch phát triển Kinh tế - Xã hội, An ninh - Quốc phòng của địa phương.

6. Phối hợp chặt chẽ với Mặt trận Tổ quốc và các đoàn thể Chính trị - Xã hội, Hội quần chúng trong công tác vận động Nhân dân

- Các Phường xây dựng hoặc bổ sung, điều chỉnh Quy chế, Chương trình phối hợp với Mặt trận Tổ quốc và các đoàn thể Chính trị - Xã hội để thực hiện tốt chức năng, nhiệm vụ được giao. Ủy ban nhân dân Quận phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam Quận và Ủy ban nhân dân 10 Phường thực hiện Chỉ thị số 19-CT/TU ngày 23/10/2013 của Ban Thường vụ Thành ủy về thực hiện Quy chế “Mặt trận Tổ quốc Việt Nam giám sát cán bộ, công chức, đảng viên ở khu dân cư”; tăng cường phối hợp trong triển khai và vận động Nhân dân tham gia các phong trào thi đua yêu nước, thực hiện các nhiệm vụ phát triển Kinh tế - Xã hội, Quốc phòng - An ninh của địa phương; tổ chức lấy ý kiến của Mặt trận Tổ quốc, các đoàn thể và Nhân dân trong việc tham gia xây dựng tổ chức quán triệt và thực hiện nghiêm những nội dung có liên quan đến trách nhiệm của Chính quyền trong thực hiện Quyết định 217-QĐ/TW ngày 12/12/2013 của Ban Chấp hành Trung ương về việc ban hành Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể Chính trị - Xã hội; Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị ban hành quy định về việc Mặt trận Tổ quốc

Việt Nam, các đoàn thể chính trị - xã hội và Nhân dân tham gia góp ý xây dựng Đảng – xây dựng Chính quyền.

- Các Phường định kỳ 6 tháng, năm có Chương trình làm việc với Mặt trận Tổ quốc và các đoàn thể cùng cấp; thường xuyên lắng nghe và giải quyết kịp thời ý kiến của Mặt trận Tổ quốc và các đoàn thể phản ánh, kiến nghị với Chính quyền những vấn đề mà Nhân dân quan tâm; bảo đảm kinh phí hoạt động và tạo điều kiện về cơ sở vật chất cho Mặt trận Tổ quốc và các đoàn thể thực hiện và hoàn thành nhiệm vụ chính trị được giao.

- Tiếp tục vận động, phát huy sức mạnh tổng hợp của cả hệ thống chính trị và sự đồng thuận của các tầng lớp Nhân dân tham gia thông qua các mô hình “Dân vận khéo” và thực hiện Nghị quyết số 25-NQ/QU ngày 28/11/2018 của Ban Thường vụ Quận ủy lãnh đạo thực hiện Chỉ thị 19-CT/TU của Ban Thường vụ Thành ủy về việc thực hiện Cuộc vận động “*Người dân Thành phố Hồ Chí Minh không xả rác ra đường và kênh rạch, vì Thành phố sạch và giảm ngập nước*” trên địa bàn Quận.

- Tăng cường công tác tuyên truyền, vận động đoàn viên, hội viên và các tầng lớp Nhân dân tham gia thực hiện tốt các chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhiệm vụ chính trị của địa phương, không lấn chiếm vỉa hè, lòng lề đường để kinh doanh, buôn bán gây mất mỹ quan, trật tự đô thị trên địa bàn, gương mẫu thực hiện nếp sống văn minh đô thị, không xả rác ra đường phố, và kênh rạch, giữ gìn đường phố sạch, đẹp, mỹ quan đô thị, thực hiện vận động Nhân dân có ý thức giữ gìn vệ sinh môi trường tại nơi cư trú.

7. Tăng cường lãnh đạo, chỉ đạo, kiểm tra và giám sát việc thực hiện công tác dân vận

- Đề cao trách nhiệm của người đứng đầu của các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường về trách nhiệm nêu gương, nghiêm túc thực hiện tiếp xúc, đối thoại, tiếp công dân, giải quyết khiếu nại, tố cáo, thực hiện thư cảm ơn, thư xin lỗi; chỉ đạo thực hiện dân chủ ở cơ sở theo quy định; chủ động rà soát các nội dung chưa thực hiện hoặc thực hiện chưa đầy đủ về dân chủ cơ sở, đề ra các biện pháp khắc phục hạn chế và thực hiện hiệu quả hơn.

- Các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường thực hiện đổi mới công tác chỉ đạo, tổ chức thực hiện Nghị quyết của Trung ương, Chương trình hành động của Thành ủy, Kế hoạch của Ủy ban nhân dân Thành phố, Chương trình của Quận ủy, Kế hoạch của Ủy ban nhân dân Quận về công tác

Dân vận, đảm bảo hiệu quả, thiết thực; thường xuyên bám sát cơ sở, nắm chắc tình hình và đời sống, tâm tư, nguyện vọng của Nhân dân; đề ra các chủ trương, biện pháp xử lý đúng đắn.

- Ủy ban nhân dân Quận xây dựng Kế hoạch kiểm tra việc thực hiện công tác Dân vận, kịp thời phát hiện, xử lý nghiêm minh, đúng quy định những hành vi, vi phạm các quy chế, quy định về công tác dân vận, về thực hiện dân chủ ở cơ sở, các hành vi xâm phạm lợi ích chính đáng và quyền làm chủ của Nhân dân.

III. TỔ CHỨC THỰC HIỆN

1. Phòng Nội vụ

- Theo dõi, kiểm tra, đôn đốc việc thực hiện công tác Dân vận Chính quyền trên địa bàn Quận theo đúng chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước.

- Tham mưu Ủy ban nhân dân Quận ban hành Kế hoạch kiểm tra việc thực hiện công tác Dân vận Chính quyền đối với Ủy ban nhân dân Phường, các phòng, ban và đơn vị thuộc Ủy ban nhân dân Quận (*dự kiến thực hiện kiểm tra trong tháng 10/2022*).

- Định kỳ hàng quý, 6 tháng, năm 2022 trên cơ sở báo cáo của các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường, tổng hợp báo cáo Ủy ban nhân dân Quận kết quả thực hiện công tác Dân vận Chính quyền trên địa bàn Quận.

2. Các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường

- Xây dựng Kế hoạch thực hiện công tác Dân vận Chính quyền năm 2022 cụ thể của từng cơ quan, đơn vị để triển khai thực hiện đảm bảo phù hợp với tình hình thực tế tại địa phương, cơ quan, đơn vị.

- Định kỳ báo cáo tình hình và kết quả thực hiện công tác Dân vận Chính quyền về Ủy ban nhân dân Quận (qua phòng Nội vụ Quận) cụ thể:

+ Báo cáo 6 tháng: *Trước ngày 01/5/2022*.

+ Báo cáo năm 2022: *Trước ngày 30/10/2022*.

Trên đây là Kế hoạch thực hiện công tác Dân vận Chính quyền năm 2022 của Ủy ban nhân dân Quận, đề nghị các cơ quan, đơn vị thuộc Quận và Ủy ban nhân dân 10 Phường nghiêm túc triển khai thực hiện, trong quá trình triển khai

thực hiện có khó khăn, vướng mắc, báo cáo Ủy ban nhân dân Quận (thông qua phòng Nội vụ quận) để kịp thời xem xét, giải quyết./.

Nơi nhận:

- Sở Nội vụ;
- Phòng XDCQ, Công tác Thanh niên – Sở Nội vụ;
- Chủ tịch và các Phó Chủ tịch UBND Quận;
- Ban Dân vận Quận ủy;
- UB.MTTQ VN và các đoàn thể Quận;
- Các cơ quan, đơn vị thuộc Quận;
- Đảng ủy – UBND – UB.MTTQVN 10 Phường;
- Phòng Nội vụ Quận;
- Lưu: VT/2022.



Nguyễn Thị Bé Ngoan

', '99c6098399da70e8301039f8334044d784126eb83d71cbf2192ecc80f57ce9f5', '2026-11-20 02:15:00+00', '2026-11-20 02:15:00+00');
INSERT INTO public."Plans" VALUES ('8401a423-1607-8e59-813f-0ba3c473c3cb', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'ubnd huyện cầu ngang|40/kh-ubnd|2022', '40/KH-UBND', 'UBND huyện Cầu Ngang', 'huyện Cầu Ngang', '2022-04-13', 'Thực hiện công tác dân vận chính quyền trên địa bàn huyện Cầu Ngang giai đoạn 2022 - 2026', 2022, 2026, 'Cơ quan Tổ chức - Nội vụ', 'eb70a15a-6d55-8d2e-a679-299f860cce03', '

Số: 40 /KH-UBND

Cầu Ngang, ngày 13 tháng 4 năm 2022

KẾ HOẠCH
Thực hiện công tác dân vận chính quyền
trên địa bàn huyện Cầu Ngang giai đoạn 2022 - 2026

Thực hiện Kế hoạch số 25/KH-UBND ngày 29/3/2022 của Ủy ban nhân dân tỉnh Trà Vinh về thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Trà Vinh giai đoạn 2022 - 2026, Ủy ban nhân dân huyện xây dựng Kế hoạch thực hiện công tác dân vận chính quyền cụ thể như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Thực hiện công tác dân vận chính quyền gắn với thực hiện Nghị quyết Đại hội Đảng các cấp về công tác dân vận; Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận của cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới; Kế hoạch số 31-KH/TU ngày 09/9/2021 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết Đại hội XIII của Đảng về công tác dân vận và Chương trình hành động số 01-CTr/BDVTU ngày 16/11/2020 của Ban Dân vận Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI về công tác dân vận; Kế hoạch số 25/KH-UBND ngày 29/3/2022 của Ủy ban nhân dân tỉnh Trà Vinh về thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Trà Vinh giai đoạn 2022 - 2026.

2. Nhằm nâng cao hiệu quả công tác dân vận của các phòng, ban, ngành huyện, Ủy ban nhân dân các xã, thị trấn, tiếp tục tạo sự chuyển biến mạnh mẽ về nhận thức, trách nhiệm của cán bộ, công chức, viên chức, nhất là người đứng đầu về công tác dân vận; tiếp tục thực hiện nâng cao đạo đức công vụ, ý thức trách nhiệm, tinh thần phục vụ nhân dân, góp phần nâng cao hiệu lực, hiệu quả quản lý nhà nước, xây dựng nền hành chính nhà nước dân chủ, chuyên nghiệp, hiện đại, trong sạch, vững mạnh.

3. Các phòng, ban, ngành huyện, Ủy ban nhân dân các xã, thị trấn (các cơ quan, đơn vị, địa phương) có trách nhiệm chỉ đạo tổ chức, triển khai, quán triệt, tuyên truyền Kế hoạch này; xây dựng chương trình, kế hoạch cụ thể triển khai thực hiện nghiêm túc, chặt chẽ, đảm bảo chất lượng, hiệu quả công tác dân vận chính quyền tại cơ quan, đơn vị, địa phương.

II. MỤC TIÊU THỰC HIỆN

1. 100% các cơ quan, đơn vị, địa phương xây dựng kế hoạch cụ thể triển khai thực hiện công tác dân vận chính quyền giai đoạn 2022 - 2026 phù hợp với chức năng, nhiệm vụ được giao.

2. 100% các cơ quan, đơn vị, địa phương triển khai thực hiện công tác cải cách hành chính, thực hiện tốt nhiệm vụ chính trị; công khai, minh bạch các thủ tục hành chính theo quy định, để người dân biết, hiểu, thực hiện và giám sát việc thực hiện. Tăng cường kỷ luật, kỷ cương hành chính, bảo đảm việc giải quyết thủ tục

hành chính đúng quy định; kịp thời chấn chỉnh và xử lý nghiêm những hành vi gây phiền hà cho nhân dân.

3. 100% các cơ quan, đơn vị, địa phương chỉ đạo xử lý, giải quyết kịp thời đơn, thư kiến nghị, các vụ việc khiếu nại, tố cáo, kiến nghị, phản ánh của nhân dân. Không để vụ việc tồn đọng, kéo dài, khiếu kiện đông người, đơn thư vượt cấp, thực hiện tốt công tác hòa giải ở cơ sở.

4. 100% các cơ quan, đơn vị, địa phương triển khai, thực hiện phong trào thi đua “*Dân vận khéo*”; thường xuyên theo dõi, định kỳ sơ kết, tổng kết, biểu dương, khen thưởng tập thể, cá nhân theo quy định.

5. 100% cán bộ, công chức, viên chức phụ trách công tác dân vận chính quyền được tạo điều kiện tham gia các lớp đào tạo, bồi dưỡng chuyên môn, nghiệp vụ công tác dân vận chính quyền, đảm bảo hoàn thành tốt nhiệm vụ được giao.

6. Cơ quan, đơn vị, địa phương tạo điều kiện để Mặt trận Tổ quốc, các đoàn thể, cán bộ, công chức, viên chức, người lao động và nhân dân tham gia giám sát, phản biện xã hội, góp ý xây dựng Đảng, xây dựng chính quyền theo Quyết định số 217-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI) về “*Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội*”, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI) “*Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân dân tham gia góp ý xây dựng đảng, xây dựng chính quyền*”.

7. Thực hiện tốt chế độ thông tin, báo cáo về công tác dân vận, báo cáo chuyên đề có liên quan đến công tác dân vận, đảm bảo đúng thời gian, chất lượng, nội dung đầy đủ theo yêu cầu.

III. NỘI DUNG, GIẢI PHÁP THỰC HIỆN

1. Công tác tuyên truyền, quán triệt các văn bản chỉ đạo của Trung ương, của tỉnh, của huyện về công tác dân vận

Thực hiện tốt công tác tuyên truyền, giáo dục nâng cao nhận thức về ý nghĩa, tầm quan trọng của công tác dân vận, xác định vị trí, vai trò trách nhiệm của cơ quan, đơn vị, địa phương và cán bộ, công chức, viên chức trong thực hiện công tác dân vận; luôn đổi mới, nâng cao hiệu quả công tác tuyên truyền, tích cực vận động nhân dân thực hiện đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước, nhất là công tác tuyên truyền, vận động nhân dân tự giác chấp hành các quy định về phòng, chống dịch Covid-19; quan tâm công tác tuyên truyền, vận động đối với người dân ở vùng đồng bào dân tộc thiểu số, vùng khó khăn.

Triển khai, thực hiện có hiệu quả Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tăng cường và đổi mới công tác dân vận trong cơ quan hành chính nhà nước, chính quyền các cấp trong tình hình mới và Kế hoạch số 03/KH-UBND ngày 21/01/2022 của Ủy ban nhân dân tỉnh triển khai thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ trên địa bàn tỉnh; Quyết định số 1167-QĐ/TU ngày 08/12/2021 của Ban Thường vụ Tỉnh ủy về việc ban hành Quy chế công tác dân vận của hệ thống chính trị tỉnh Trà Vinh; Kế hoạch số 115-KH/TU ngày 13/3/2019 của Ban Thường vụ Tỉnh ủy về thực hiện Kết luận số 43-KL/TW ngày 07/01/2019 của Ban Bí thư (khóa XII) về tiếp tục thực hiện Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng (khóa XI) về “*Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân*

vận trong tình hình mới”; Chương trình phối hợp số 05-CTr/BDVTU-BCSĐ UBND ngày 17/02/2022 giữa Ban Dân vận Tỉnh ủy và Ban cán sự đảng Ủy ban nhân dân tỉnh về công tác dân vận giai đoạn 2022 – 2026; Kế hoạch số 25/KH-UBND ngày 29/3/2022 của Ủy ban nhân dân tỉnh Trà Vinh về thực hiện công tác dân vận chính quyền trên địa bàn tỉnh Trà Vinh giai đoạn 2022 - 2026.

2. Đẩy mạnh cải cách hành chính, xây dựng chính quyền năng động, hiệu quả

Tiếp tục thực hiện Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 của tỉnh Trà Vinh ban hành kèm Quyết định số 1850/QĐ-UBND ngày 06/9/2021 của Ủy ban nhân dân tỉnh; Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 ban hành kèm theo Quyết định số 8782/QĐ-UBND ngày 01/12/2021 của UBND huyện. Các cơ quan, đơn vị, địa phương tiếp tục đẩy mạnh cải cách hành chính nhằm góp phần xây dựng nền hành chính dân chủ, hiện đại, chuyên nghiệp, công khai, minh bạch, phục vụ nhân dân; xây dựng đội ngũ cán bộ, công chức, viên chức có phẩm chất, năng lực đáp ứng yêu cầu nhiệm vụ; thực hiện cải cách tổ chức bộ máy tinh gọn, hoạt động hiệu quả; đẩy mạnh công tác cải cách thủ tục hành chính, thực hiện hướng dẫn xây dựng chính quyền điện tử, chính quyền số, nâng cao chất lượng dịch vụ công, nhằm giảm phiền hà, thời gian, chi phí của nhân dân trong giải quyết thủ tục hành chính; góp phần thúc đẩy phát triển kinh tế - xã hội của huyện.

Thường xuyên cập nhật các thủ tục hành chính; niêm yết công khai, đúng quy định để tạo thuận lợi cho cá nhân, tổ chức tiếp cận, thực hiện và giám sát việc thực hiện thủ tục hành chính. Thực hiện rà soát và kiến nghị đơn giản hóa theo thẩm quyền các thủ tục hành chính để tạo thuận lợi cho cá nhân, tổ chức trong quá trình giao dịch.

Thực hiện rà soát, kiện toàn, sắp xếp, tinh gọn tổ chức bộ máy của các cơ quan, đơn vị, địa phương theo Nghị định số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 37/2014/NĐ-CP ngày 05/5/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân huyện, quận, thị xã, thành phố thuộc tỉnh, thành phố trực thuộc Trung ương; Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ quy định về thành lập, tổ chức lại, giải thể đơn vị sự nghiệp công lập.

Thực hiện tốt công tác quy hoạch cán bộ chiến lược thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa; xây dựng đội ngũ cán bộ, công chức, viên chức đảm bảo số lượng, trình độ phù hợp, cơ cấu hợp lý.

3. Tiếp tục thực hiện quy chế dân chủ gắn với công tác dân vận chính quyền

Tiếp tục thực hiện Kết luận số 120-KL/TW ngày 07/01/2016 của Bộ Chính trị về tiếp tục đẩy mạnh, nâng cao chất lượng, hiệu quả việc xây dựng và thực hiện quy chế dân chủ ở cơ sở; Nghị quyết số 25-NQ/TW ngày 03/6/2013 của Ban Chấp hành Trung ương Đảng khóa XI về “*Tăng cường và đổi mới sự lãnh đạo của Đảng đối với công tác dân vận trong tình hình mới*”; Pháp lệnh số 34/2007/PL-UBTVQH11 ngày 20/4/2007 của Ủy ban Thường vụ Quốc hội về thực hiện dân

chủ ở xã, phường, thị trấn; Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập; Thông tư số 01/2016/TT-BNV ngày 13/01/2016 của Bộ Nội vụ hướng dẫn một số nội dung của Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ về thực hiện dân chủ trong hoạt động của cơ quan hành chính nhà nước và đơn vị sự nghiệp công lập; Nghị định số 145/2020/NĐ-CP ngày 14/12/2020 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Bộ Luật lao động về điều kiện lao động và quan hệ lao động. Các cơ quan, đơn vị, địa phương cụ thể hoá thành văn bản phù hợp với tình hình thực tế để triển khai thực hiện. Thực hiện dân chủ gắn với thực hiện Nghị quyết đại hội Đảng các cấp; các phong trào thi đua yêu nước, phong trào thi đua “*Dân vận khéo*”, phong trào “*Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh*”... đảm bảo hiệu quả.

Tiếp tục triển khai thực hiện tốt dân chủ ở tất cả các loại hình; các chủ trương, chính sách, các chương trình, dự án phải được công khai minh bạch, thủ trưởng các cơ quan, đơn vị, địa phương có trách nhiệm tổ chức đối thoại trực tiếp với tổ chức và nhân dân để lắng nghe, tiếp thu ý kiến, giải quyết khó khăn, vướng mắc và kịp thời tháo gỡ những bất cập.

Thực hiện tốt các quy định về đạo đức công vụ, phát huy vai trò gương mẫu của cán bộ, công chức, viên chức, nhất là người đứng đầu. Xây dựng và thực hiện tốt văn hóa công sở, ý thức trách nhiệm, tinh thần phục vụ nhân dân; luôn đổi mới và thực hiện phong cách làm việc “*Trọng dân, gần dân, hiểu dân, học dân và có trách nhiệm với dân*”, “*nghe dân nói*”, “*nói dân hiểu*”, “*hướng dẫn dân làm*”, “*làm dân tin*”, khắc phục bệnh thành tích, hành chính, quan liêu, xa dân. Phải tăng cường kỷ luật, kỷ cương hành chính; trong thực hiện phải thường xuyên kiểm tra, giám sát, xử lý nghiêm đối với những trường hợp vi phạm pháp luật, có hành vi cửa quyền, gây phiền hà cho nhân dân, xâm phạm quyền và lợi ích chính đáng của nhân dân.

Gắn việc thực hiện quy chế dân chủ, công tác dân vận chính quyền với việc triển khai thực hiện Nghị quyết Trung ương 3 (khóa X) về “*tăng cường sự lãnh đạo của Đảng đối với công tác phòng chống tham nhũng, lãng phí*”, Nghị quyết Trung ương 4 (khóa XI) về “*Một số vấn đề cấp bách về xây dựng Đảng hiện nay*” và Chỉ thị 05 của Bộ Chính trị (khóa XI) về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh, nhằm làm cho mỗi cán bộ, công chức, viên chức vững vàng về lập trường, quan điểm, kiên định về tư tưởng chính trị, thường xuyên rèn luyện phẩm chất đạo đức, lối sống, có ý thức tổ chức kỷ luật, nâng cao trình độ năng lực, hoàn thành tốt nhiệm vụ.

4. Thực hiện tốt công tác tiếp dân và giải quyết khiếu nại, tố cáo

Triển khai thực hiện có hiệu quả Chỉ thị số 35-CT/TW ngày 26/5/2014 của Bộ Chính trị về tăng cường sự lãnh đạo của Đảng đối với công tác tiếp công dân và giải quyết khiếu nại, tố cáo; Chỉ thị số 14/CT-TTg ngày 18/5/2012 của Thủ tướng Chính phủ về chấn chỉnh và nâng cao hiệu quả công tác tiếp công dân, giải quyết khiếu nại, tố cáo. Duy trì và thực hiện tốt công tác tiếp dân, tăng cường đối thoại trực tiếp với nhân dân, giải quyết kịp thời đơn thư khiếu nại, tố cáo và những kiến nghị chính đáng của nhân dân. Tập trung giải quyết dứt điểm các đơn thư khiếu

nại, tố cáo của nhân dân, đặc biệt là trong các lĩnh vực nhạy cảm, bức xúc: Đất đai; thu hồi đất, hỗ trợ, bồi thường trong giải phóng mặt bằng; thực hiện các chính sách xã hội... không để tình trạng khiếu kiện kéo dài, vượt cấp.

5. Công tác phối hợp giữa các cơ quan quản lý nhà nước với Ủy ban Mặt trận Tổ quốc và các ngành đoàn thể chính trị - xã hội

Luôn phát huy vai trò của Mặt trận Tổ quốc và các ngành đoàn thể chính trị - xã hội trong việc tuyên truyền, vận động cán bộ, công chức, viên chức, đoàn viên, hội viên và nhân dân tích cực tham gia các phong trào thi đua yêu nước; nâng cao chất lượng hoạt động của Ban Thanh tra nhân dân, Ban Giám sát đầu tư cộng đồng; tiếp tục triển khai thực hiện có hiệu quả Quyết định số 217-QĐ/TW, Quyết định số 218-QĐ/TW ngày 12/12/2013 của Bộ Chính trị (khóa XI) về “*Quy chế giám sát và phản biện xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội*”, “*Quy định về Mặt trận Tổ quốc Việt Nam và tổ chức chính trị - xã hội và nhân dân tham gia góp ý xây dựng đảng, xây dựng chính quyền*”; chủ động phòng ngừa, xử lý nghiêm những hành vi vi phạm quyền làm chủ của nhân dân; kịp thời đấu tranh, ngăn chặn việc lợi dụng dân chủ, dân tộc, tôn giáo, tuyên truyền kích động chống phá Đảng, Nhà nước, gây mất ổn định chính trị, an ninh, trật tự xã hội.

Các cơ quan, đơn vị, địa phương phối hợp với Ủy ban Mặt trận Tổ quốc, các ngành đoàn thể chính trị - xã hội tăng cường công tác tuyên truyền, triển khai thực hiện Nghị quyết Đại hội Đảng bộ các cấp, góp phần đưa Nghị quyết đi vào đời sống; vận động nhân dân thực hiện tốt các chủ trương của Đảng, pháp luật của Nhà nước; phát huy vai trò của Ủy ban Mặt trận Tổ quốc, các ngành đoàn thể chính trị - xã hội, hội quần chúng, lực lượng vũ trang trong việc triển khai các chương trình, dự án đầu tư phát triển kinh tế - xã hội.

Ủy ban nhân dân cấp huyện, cấp xã phối hợp với Ủy ban Mặt trận Tổ quốc và các ngành đoàn thể chính trị - xã hội cùng cấp tiếp tục bổ sung, hoàn thiện quy chế, chương trình phối hợp trong công tác dân vận để thực hiện tốt chức năng, nhiệm vụ được giao; tăng cường phối hợp trong triển khai và vận động nhân dân tham gia các phong trào thi đua yêu nước, xây dựng nông thôn mới kiểu mẫu - nâng cao, thực hiện các nhiệm vụ phát triển kinh tế - xã hội, an ninh, quốc phòng; phát huy vai trò giám sát của Mặt trận Tổ quốc Việt Nam, của các ngành đoàn thể chính trị - xã hội, của nhân dân trong đấu tranh ngăn chặn, đẩy lùi suy thoái, “*tự diễn biến*”, “*tự chuyển hóa*” trong cán bộ, đảng viên; thực hiện nghiêm túc, có hiệu quả phương châm “*Dân biết, dân bàn, dân làm, dân kiểm tra*”.

6. Kiện toàn và tập huấn cho cán bộ, công chức, viên chức phụ trách công tác dân vận chính quyền các cấp

Thủ trưởng các cơ quan, đơn vị, địa phương trực tiếp lãnh đạo, chỉ đạo, tổ chức thực hiện công tác dân vận chính quyền; phân công cán bộ, công chức, viên chức có trình độ, năng lực, am hiểu pháp luật tiếp và giải quyết đơn thư khiếu nại, tố cáo của nhân dân; nâng cao chất lượng, hiệu quả công tác tiếp dân, đối thoại với nhân dân, giải quyết kịp thời những kiến nghị, nguyện vọng chính đáng liên quan đến đời sống và sinh hoạt của nhân dân.

Tiếp tục triển khai thực hiện tốt Quyết định số 03/2007/QĐ-BNV ngày 26/02/2007 của Bộ trưởng Bộ Nội vụ về Quy tắc ứng xử của cán bộ, công chức, viên chức, Quyết định số 10/2011/QĐ-UBND ngày 15/8/2011 của UBND tỉnh ban

hành Quy chế tiếp nhận và xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính trên địa bàn tỉnh Trà Vinh; Quyết định số 36/2013/QĐ-UBND ngày 02/10/2013 của UBND tỉnh quy định về tiếp nhận và xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính của trên địa bàn tỉnh Trà Vinh; Kế hoạch số 40/KH-UBND ngày 13/6/2019 của Ủy ban nhân dân huyện triển khai, thực hiện Quyết định số 1847/QĐ-TTg ngày 27/12/2018 của Thủ tướng Chính phủ phê duyệt Đề án Văn hoá công vụ, nhằm nâng cao văn hoá công vụ, góp phần hình thành phong cách ứng xử, lễ lối làm việc chuẩn mực của đội ngũ cán bộ, công chức, viên chức trong các cơ quan, đơn vị; Quyết định số 1428/QĐ-UBND ngày 26/5/2021 của Chủ tịch Ủy ban nhân dân huyện ban hành Kế hoạch thực hiện mô hình “Chính quyền công sở thân thiện và trách nhiệm” trên địa bàn huyện năm 2021.

Các cơ quan, đơn vị, địa phương phối hợp chặt chẽ với Cơ quan Tổ chức – Nội vụ, Ban Dân vận Huyện uỷ và tổ chức đoàn thể tập huấn, bồi dưỡng cho cán bộ, công chức, viên chức về kiến thức, kỹ năng, nghiệp vụ công tác dân vận, Quy chế dân chủ ở cơ sở và phong trào thi đua “*Dân vận khéo*”; chú trọng cán bộ lãnh đạo, quản lý và bộ phận giúp việc phụ trách công tác dân vận, những cán bộ thường xuyên tiếp xúc với dân; thường xuyên kiện toàn Ban Chỉ đạo quy chế dân chủ ở cơ sở và phong trào thi đua dân vận chính quyền và đội ngũ cán bộ, công chức, viên chức phụ trách công tác dân vận chính quyền, đảm bảo hoàn thành tốt nhiệm vụ.

IV. TỔ CHỨC THỰC HIỆN

1. Cơ quan Tổ chức - Nội vụ

Tham mưu Ủy ban nhân dân huyện theo dõi, kiểm tra, đôn đốc việc thực hiện công tác dân vận chính quyền ở các cơ quan, đơn vị, địa phương.

Theo dõi, kiểm tra, đôn đốc các cơ quan, đơn vị, địa phương xây dựng kế hoạch triển khai công tác dân vận chính quyền theo đúng chủ trương, đường lối của Đảng, pháp luật của Nhà nước và nội dung Kế hoạch này.

Tham mưu Ủy ban nhân dân huyện thực hiện chế độ thông tin, báo cáo kết quả thực hiện công tác dân vận 06 tháng, năm và sơ, tổng kết hàng năm.

2. Các cơ quan, đơn vị, địa phương

Tiếp tục tăng cường sự lãnh đạo, chỉ đạo, điều hành và đề cao trách nhiệm cá nhân, nhất là người đứng đầu cơ quan, đơn vị, địa phương trong việc tổ chức thực hiện công tác dân vận. Xây dựng kế hoạch thực hiện công tác dân vận chính quyền giai đoạn, hàng năm phù hợp với tình hình thực tế; phân công lãnh đạo, công chức theo dõi, kiểm tra thực hiện quá trình thực hiện nội dung trong kế hoạch đã đề ra.

Hàng năm xây dựng kế hoạch kiểm tra việc thực hiện công tác dân vận chính quyền tại cơ quan, đơn vị, địa phương hoặc lồng ghép vào kế hoạch kiểm tra thực hiện nhiệm vụ chuyên môn, kiểm tra nội bộ, kiểm tra công vụ...; phối hợp với Cơ quan Tổ chức - Nội vụ, các cơ quan có liên quan thực hiện kiểm tra công tác dân vận chính quyền theo quy định; kiến nghị, đề xuất các giải pháp thực hiện tốt công tác dân vận của cơ quan, đơn vị, địa phương.

Định kỳ 06 tháng (trước ngày 10 tháng 6 hàng năm), năm (trước ngày 25 tháng 11 hàng năm) báo cáo Ủy ban nhân dân huyện (qua Cơ quan Tổ chức - Nội vụ) về tình hình và kết quả triển khai thực hiện công tác dân vận chính quyền để tổng hợp, báo cáo theo quy định.

3. Đề nghị Ban Dân vận Huyện ủy

Chỉ đạo Ban Dân vận các xã, thị trấn phối hợp với Ủy ban nhân dân cùng cấp thực hiện có hiệu quả kế hoạch này.

Tham gia các đoàn kiểm tra do cơ quan, đơn vị, địa phương chủ trì mời để giám sát, phối hợp theo dõi, đánh giá kết quả thực hiện công tác dân vận chính quyền giai đoạn 2022 - 2026.

Trên đây là Kế hoạch triển khai, thực hiện công tác dân vận chính quyền giai đoạn 2022 - 2026, Ủy ban nhân dân huyện yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai, thực hiện. Trong quá trình thực hiện nếu có phát sinh vướng mắc, khó khăn, các cơ quan, đơn vị, địa phương kịp thời phản ánh đến Cơ quan Tổ chức - Nội vụ để tổng hợp báo cáo Ủy ban nhân dân huyện. /-*u*

Nơi nhận:

- CT, các PCT UBND huyện;
- Các phòng, ban, ngành huyện;
- UBND các xã, thị trấn;
- BLĐVP;
- Cơ quan Tổ chức-Nội vụ;
- Lưu: VT.

**TM. ỦY BAN NHÂN DÂN HUYỆN
CHỦ TỊCH**



Nguyễn Văn Nga
Nguyễn Văn Nga', 'f42c93108ab32fc729efa476ee4aec45cfb05ce2f5fa337043113eb8c82cb13e', '2026-11-20 02:15:00+00', '2026-11-20 02:15:00+00');


--
-- Data for Name: Reports; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Reports" VALUES ('570a4de2-fe86-82dc-b7b5-2959f307f8b8', '049bb010-50a9-8305-9ad8-709c75f75d94', '213cac77-8d8d-86ae-ba1e-b786d313c13d', 'Submitted', '2026-11-20 02:15:00+00', 'aad-nguyen-van-a', 'Nguyễn Văn A', 'Đã tổ chức 3 buổi đối thoại với Nhân dân.', '2026-11-20 02:15:00+00');


--
-- Data for Name: Units; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."Units" VALUES ('6656718b-b88f-8f55-90b1-ab2b1590f884', '90b89126-08d1-8213-a976-9df5dc082256', 'UBND 10 Phường', 'ubnd 10 phường', true, 10, false, false, NULL, false, '2026-11-20 02:15:00+00');
INSERT INTO public."Units" VALUES ('c3fca734-6ea3-83f7-b5fc-4a68c59b51e6', '90b89126-08d1-8213-a976-9df5dc082256', 'Các cơ quan, đơn vị thuộc Quận', 'các cơ quan, đơn vị thuộc quận', true, NULL, false, false, NULL, false, '2026-11-20 02:15:00+00');
INSERT INTO public."Units" VALUES ('ee47a4ee-eed9-8550-a3bb-8b8d28b345f3', '90b89126-08d1-8213-a976-9df5dc082256', 'Phòng Nội vụ', 'phòng nội vụ', false, NULL, true, false, NULL, false, '2026-11-20 02:15:00+00');
INSERT INTO public."Units" VALUES ('2bdf0895-46bd-8464-b4d2-3f5499f23297', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Các cơ quan, đơn vị, địa phương', 'các cơ quan, đơn vị, địa phương', true, NULL, false, false, NULL, false, '2026-11-20 02:15:00+00');
INSERT INTO public."Units" VALUES ('eb70a15a-6d55-8d2e-a679-299f860cce03', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Cơ quan Tổ chức - Nội vụ', 'cơ quan tổ chức - nội vụ', false, NULL, true, false, NULL, false, '2026-11-20 02:15:00+00');
INSERT INTO public."Units" VALUES ('f21c894a-41d5-80cc-8833-299d12e52dfd', 'a2ec2775-b091-8dab-894e-1a4de4714a25', 'Ban Dân vận Huyện ủy', 'ban dân vận huyện ủy', false, NULL, false, true, NULL, false, '2026-11-20 02:15:00+00');
INSERT INTO public."Units" VALUES ('213cac77-8d8d-86ae-ba1e-b786d313c13d', '90b89126-08d1-8213-a976-9df5dc082256', 'UBND Phường Tân Thuận Đông', 'ubnd phường tân thuận đông', false, NULL, false, false, '6656718b-b88f-8f55-90b1-ab2b1590f884', true, '2026-11-20 02:15:00+00');


--
-- Data for Name: UserProfiles; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."UserProfiles" VALUES ('aad-nguyen-van-a', '29:1AbCdEf-nguyen', 'Nguyễn Văn A', '90b89126-08d1-8213-a976-9df5dc082256', '213cac77-8d8d-86ae-ba1e-b786d313c13d', '2026-11-20 02:15:00+00');


--
-- Data for Name: __EFMigrationsHistory; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public."__EFMigrationsHistory" VALUES ('20261121000001_InitialCreate', '10.0.11');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261121000002_AddPlans', '10.0.11');
INSERT INTO public."__EFMigrationsHistory" VALUES ('20261121000003_AddPendingPlanImports', '10.0.11');


--
-- Name: ConversationReferences PK_ConversationReferences; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ConversationReferences"
    ADD CONSTRAINT "PK_ConversationReferences" PRIMARY KEY ("ConversationId");


--
-- Name: ObligationUnits PK_ObligationUnits; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ObligationUnits"
    ADD CONSTRAINT "PK_ObligationUnits" PRIMARY KEY ("ObligationId", "UnitId");


--
-- Name: Obligations PK_Obligations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Obligations"
    ADD CONSTRAINT "PK_Obligations" PRIMARY KEY ("Id");


--
-- Name: Occurrences PK_Occurrences; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Occurrences"
    ADD CONSTRAINT "PK_Occurrences" PRIMARY KEY ("Id");


--
-- Name: Organisations PK_Organisations; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Organisations"
    ADD CONSTRAINT "PK_Organisations" PRIMARY KEY ("Id");


--
-- Name: PendingPlanImports PK_PendingPlanImports; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."PendingPlanImports"
    ADD CONSTRAINT "PK_PendingPlanImports" PRIMARY KEY ("Id");


--
-- Name: Plans PK_Plans; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Plans"
    ADD CONSTRAINT "PK_Plans" PRIMARY KEY ("Id");


--
-- Name: Reports PK_Reports; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Reports"
    ADD CONSTRAINT "PK_Reports" PRIMARY KEY ("Id");


--
-- Name: Units PK_Units; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Units"
    ADD CONSTRAINT "PK_Units" PRIMARY KEY ("Id");


--
-- Name: UserProfiles PK_UserProfiles; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserProfiles"
    ADD CONSTRAINT "PK_UserProfiles" PRIMARY KEY ("AadObjectId");


--
-- Name: __EFMigrationsHistory PK___EFMigrationsHistory; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."__EFMigrationsHistory"
    ADD CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId");


--
-- Name: IX_ConversationReferences_UserAadObjectId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ConversationReferences_UserAadObjectId" ON public."ConversationReferences" USING btree ("UserAadObjectId");


--
-- Name: IX_ObligationUnits_UnitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_ObligationUnits_UnitId" ON public."ObligationUnits" USING btree ("UnitId");


--
-- Name: IX_Obligations_PlanId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Obligations_PlanId" ON public."Obligations" USING btree ("PlanId");


--
-- Name: IX_Occurrences_ObligationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Occurrences_ObligationId" ON public."Occurrences" USING btree ("ObligationId");


--
-- Name: IX_Occurrences_OrganisationId_DueOn; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Occurrences_OrganisationId_DueOn" ON public."Occurrences" USING btree ("OrganisationId", "DueOn");


--
-- Name: IX_Organisations_NormalizedName; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Organisations_NormalizedName" ON public."Organisations" USING btree ("NormalizedName");


--
-- Name: IX_PendingPlanImports_CreatedAt; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_PendingPlanImports_CreatedAt" ON public."PendingPlanImports" USING btree ("CreatedAt");


--
-- Name: IX_Plans_CoordinatorUnitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Plans_CoordinatorUnitId" ON public."Plans" USING btree ("CoordinatorUnitId");


--
-- Name: IX_Plans_NaturalKey; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Plans_NaturalKey" ON public."Plans" USING btree ("NaturalKey");


--
-- Name: IX_Plans_OrganisationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Plans_OrganisationId" ON public."Plans" USING btree ("OrganisationId");


--
-- Name: IX_Reports_OccurrenceId_UnitId; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Reports_OccurrenceId_UnitId" ON public."Reports" USING btree ("OccurrenceId", "UnitId");


--
-- Name: IX_Reports_UnitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Reports_UnitId" ON public."Reports" USING btree ("UnitId");


--
-- Name: IX_Units_OrganisationId_NormalizedName; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX "IX_Units_OrganisationId_NormalizedName" ON public."Units" USING btree ("OrganisationId", "NormalizedName");


--
-- Name: IX_Units_ParentUnitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_Units_ParentUnitId" ON public."Units" USING btree ("ParentUnitId");


--
-- Name: IX_UserProfiles_OrganisationId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_UserProfiles_OrganisationId" ON public."UserProfiles" USING btree ("OrganisationId");


--
-- Name: IX_UserProfiles_TeamsUserId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_UserProfiles_TeamsUserId" ON public."UserProfiles" USING btree ("TeamsUserId");


--
-- Name: IX_UserProfiles_UnitId; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX "IX_UserProfiles_UnitId" ON public."UserProfiles" USING btree ("UnitId");


--
-- Name: ObligationUnits FK_ObligationUnits_Obligations_ObligationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ObligationUnits"
    ADD CONSTRAINT "FK_ObligationUnits_Obligations_ObligationId" FOREIGN KEY ("ObligationId") REFERENCES public."Obligations"("Id") ON DELETE CASCADE;


--
-- Name: ObligationUnits FK_ObligationUnits_Units_UnitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."ObligationUnits"
    ADD CONSTRAINT "FK_ObligationUnits_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES public."Units"("Id") ON DELETE CASCADE;


--
-- Name: Obligations FK_Obligations_Plans_PlanId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Obligations"
    ADD CONSTRAINT "FK_Obligations_Plans_PlanId" FOREIGN KEY ("PlanId") REFERENCES public."Plans"("Id") ON DELETE CASCADE;


--
-- Name: Occurrences FK_Occurrences_Obligations_ObligationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Occurrences"
    ADD CONSTRAINT "FK_Occurrences_Obligations_ObligationId" FOREIGN KEY ("ObligationId") REFERENCES public."Obligations"("Id") ON DELETE CASCADE;


--
-- Name: Occurrences FK_Occurrences_Organisations_OrganisationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Occurrences"
    ADD CONSTRAINT "FK_Occurrences_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES public."Organisations"("Id") ON DELETE CASCADE;


--
-- Name: Plans FK_Plans_Organisations_OrganisationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Plans"
    ADD CONSTRAINT "FK_Plans_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES public."Organisations"("Id") ON DELETE CASCADE;


--
-- Name: Plans FK_Plans_Units_CoordinatorUnitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Plans"
    ADD CONSTRAINT "FK_Plans_Units_CoordinatorUnitId" FOREIGN KEY ("CoordinatorUnitId") REFERENCES public."Units"("Id") ON DELETE SET NULL;


--
-- Name: Reports FK_Reports_Occurrences_OccurrenceId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Reports"
    ADD CONSTRAINT "FK_Reports_Occurrences_OccurrenceId" FOREIGN KEY ("OccurrenceId") REFERENCES public."Occurrences"("Id") ON DELETE RESTRICT;


--
-- Name: Reports FK_Reports_Units_UnitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Reports"
    ADD CONSTRAINT "FK_Reports_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES public."Units"("Id") ON DELETE RESTRICT;


--
-- Name: Units FK_Units_Organisations_OrganisationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Units"
    ADD CONSTRAINT "FK_Units_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES public."Organisations"("Id") ON DELETE CASCADE;


--
-- Name: Units FK_Units_Units_ParentUnitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."Units"
    ADD CONSTRAINT "FK_Units_Units_ParentUnitId" FOREIGN KEY ("ParentUnitId") REFERENCES public."Units"("Id") ON DELETE RESTRICT;


--
-- Name: UserProfiles FK_UserProfiles_Organisations_OrganisationId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserProfiles"
    ADD CONSTRAINT "FK_UserProfiles_Organisations_OrganisationId" FOREIGN KEY ("OrganisationId") REFERENCES public."Organisations"("Id") ON DELETE SET NULL;


--
-- Name: UserProfiles FK_UserProfiles_Units_UnitId; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public."UserProfiles"
    ADD CONSTRAINT "FK_UserProfiles_Units_UnitId" FOREIGN KEY ("UnitId") REFERENCES public."Units"("Id") ON DELETE SET NULL;


--
-- PostgreSQL database dump complete
--


